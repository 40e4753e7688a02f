/**
 * Remembers the student's active assignment link across reloads, under its own key beside the
 * progress envelope (never inside it, so progress files and merges are unchanged). It goes
 * through the storage slot, so it never throws: blocked or full storage keeps it for this visit.
 * The text read back is untrusted: callers decode and check it like any link.
 *
 * A link that has just been opened waits under a second key, `pending`, until the banner's code has
 * checked it: only a link that decodes replaces the saved assignment, so a damaged link can never
 * overwrite a good one.
 */
import { createStorageSlot, type StorageSlot } from './storageSlot';

/** Longer text is not an assignment payload and is ignored on read. */
const MAX_CHARS = 16_000;

export interface AssignmentSlot {
  /** The saved payload, or null when there is none (or it is implausibly long). */
  read(): string | null;
  /** Saves the payload (in memory when storage refuses). */
  write(payload: string): void;
  /** Forgets the assignment (after the student dismisses it). */
  clear(): void;
}

export type AssignmentSlotKind = 'saved' | 'pending';

/** The storage key for a site's active assignment, kept apart from its progress key. */
export const assignmentKeyFor = (baseUrl: string, kind: AssignmentSlotKind = 'saved') =>
  kind === 'saved' ? `wcmai-assignment:${baseUrl}` : `wcmai-assignment-pending:${baseUrl}`;

function browserStorage(): Storage | null {
  // The property access itself throws when storage is blocked; the slot catches it.
  return typeof window === 'undefined' ? null : window.localStorage;
}

const slots = new Map<string, StorageSlot>();

/** The slot for this site's saved (or pending, unchecked) assignment; pass `slot` in tests. */
export function assignmentSlot(
  baseUrl: string,
  slot?: StorageSlot,
  kind: AssignmentSlotKind = 'saved',
): AssignmentSlot {
  const key = assignmentKeyFor(baseUrl, kind);
  const shared = slot ?? slots.get(key) ?? createStorageSlot(browserStorage);
  if (!slot) slots.set(key, shared);
  return {
    read() {
      const { value } = shared.read(key);
      return value !== null && value.length <= MAX_CHARS ? value : null;
    },
    write: (payload) => void shared.write(key, payload),
    clear: () => void shared.remove(key),
  };
}
