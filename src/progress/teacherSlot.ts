/**
 * Where the teacher's own data lives in this browser: the assignments made on /teach and the
 * submissions loaded into the gradebook. A key of its own beside the learner's progress (a teacher
 * who also works through the course keeps both apart), through the storage slot, so it never throws
 * and a full or blocked storage degrades to memory, which `health()` reports for a visible notice.
 * The text read back is untrusted: src/classroom/teacherData.ts parses it.
 */
import { moveToBackup } from './storedProgress';
import { createStorageSlot, type StorageHealth, type StorageSlot } from './storageSlot';

export interface TeacherSlot {
  /** The stored text (null when none) and whether storage could be read. */
  read(): { value: string | null; health: StorageHealth };
  /** Saves the text (in memory when storage refuses); returns 'ok' only when it reached storage. */
  write(text: string): StorageHealth;
  /** Removes everything (after the teacher asks to clear). */
  clear(): StorageHealth;
  /** Moves unreadable text to a backup key, never deleting it; returns that key. */
  setAside(text: string, at: number): string;
  /** 'ok' only when storage works and nothing is waiting in memory. */
  health(): StorageHealth;
}

/** The storage key of a site's teacher data, apart from its progress and its active assignment. */
export const teacherKeyFor = (baseUrl: string) => `wcmai-teacher:${baseUrl}`;

function browserStorage(): Storage | null {
  // The property access itself throws when storage is blocked; the slot catches it.
  return typeof window === 'undefined' ? null : window.localStorage;
}

/** The slot for this site's teacher data; pass `slot` in tests. */
export function teacherSlot(
  baseUrl: string,
  slot: StorageSlot = createStorageSlot(browserStorage),
): TeacherSlot {
  const key = teacherKeyFor(baseUrl);
  return {
    read: () => slot.read(key),
    write: (text) => slot.write(key, text),
    clear: () => slot.remove(key),
    setAside: (text, at) => moveToBackup(slot, key, text, at),
    health: () => slot.health(),
  };
}
