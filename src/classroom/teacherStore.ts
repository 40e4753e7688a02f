/**
 * The teacher's data in this browser, as a small store the pages subscribe to. Every change is
 * written at once through the teacher slot (which never throws); when storage is full or blocked the
 * data stays in memory for this visit and `health` says so, for a visible notice. Unreadable stored
 * text is set aside under a backup key, never deleted. Other tabs' changes are picked up.
 */
import type { StorageHealth } from '@site/src/progress/storageSlot';
import type { TeacherSlot } from '@site/src/progress/teacherSlot';
import type { GradebookSource } from './gradebook';
import {
  emptyTeacherData,
  parseTeacherData,
  type TeacherData,
  teacherExport,
  withAssignment,
  withoutAssignment,
  withoutSources,
  withSources,
} from './teacherData';

export interface TeacherSnapshot {
  data: TeacherData;
  health: StorageHealth;
  /** Set when stored data could not be read and was moved to this key. */
  setAsideKey?: string;
}

export interface TeacherStore {
  getSnapshot(): TeacherSnapshot;
  subscribe(listener: () => void): () => void;
  saveAssignment(payload: string): void;
  removeAssignment(id: string): void;
  addSources(id: string, sources: readonly GradebookSource[]): void;
  clearSources(id: string): void;
  clearAll(): void;
  /** Reads storage again (another tab changed it). */
  reload(): void;
  /** Tries again to save what storage refused (call when the page is hidden or left). */
  flush(): void;
  exportFile(): { filename: string; text: string };
}

/** A store over the slot; `now` is the clock (tests pass their own). */
export function createTeacherStore(slot: TeacherSlot, now: () => number = Date.now): TeacherStore {
  const listeners = new Set<() => void>();
  let snapshot: TeacherSnapshot = load();

  function load(): TeacherSnapshot {
    const { value, health } = slot.read();
    const data = parseTeacherData(value);
    if (data) return { data, health };
    const setAsideKey = slot.setAside(value ?? '', now());
    return { data: emptyTeacherData(), health: slot.health(), setAsideKey };
  }

  function publish(next: TeacherSnapshot) {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  function change(update: (data: TeacherData) => TeacherData, force = false) {
    const data = update(snapshot.data);
    if (data === snapshot.data && !force) return;
    const written = slot.write(JSON.stringify(data));
    publish({ ...snapshot, data, health: written === 'ok' ? slot.health() : written });
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    saveAssignment: (payload) => change((data) => withAssignment(data, payload, now())),
    removeAssignment: (id) => change((data) => withoutAssignment(data, id)),
    addSources: (id, sources) => change((data) => withSources(data, id, sources, now())),
    clearSources: (id) => change((data) => withoutSources(data, id)),
    clearAll() {
      const health = slot.clear();
      publish({ data: emptyTeacherData(), health: health === 'ok' ? slot.health() : health });
    },
    reload: () => publish({ ...load(), setAsideKey: snapshot.setAsideKey }),
    flush() {
      if (slot.health() !== 'ok') change((data) => data, true);
    },
    exportFile: () => teacherExport(snapshot.data, now()),
  };
}
