import { useSyncExternalStore } from 'react';
import { emptyTeacherData } from '@site/src/classroom/teacherData';
import {
  createTeacherStore,
  type TeacherSnapshot,
  type TeacherStore,
} from '@site/src/classroom/teacherStore';
import { teacherKeyFor, teacherSlot } from '@site/src/progress/teacherSlot';

const stores = new Map<string, TeacherStore>();
const SERVER: TeacherSnapshot = { data: emptyTeacherData(), health: 'ok' };
const noSubscription = () => () => {};
const serverSnapshot = () => SERVER;

/** The site's teacher store in this browser (null on the server); created once, then shared. */
export function browserTeacherStore(baseUrl: string): TeacherStore | null {
  if (typeof window === 'undefined') return null;
  const existing = stores.get(baseUrl);
  if (existing) return existing;
  const store = createTeacherStore(teacherSlot(baseUrl));
  // Another tab (say the gradebook open twice) changed the data: read it again.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === teacherKeyFor(baseUrl)) store.reload();
  });
  // The last events a browser reliably delivers: save what storage refused earlier.
  window.addEventListener('pagehide', () => store.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.flush();
  });
  stores.set(baseUrl, store);
  return store;
}

/**
 * The teacher's saved assignments and submissions. The server and the first client render see no
 * data (hydration-safe); the browser's copy appears right after. Tests pass their own store.
 */
export function useTeacherStore(
  baseUrl: string,
  given?: TeacherStore,
): { snapshot: TeacherSnapshot; store: TeacherStore | null } {
  const store = given ?? (typeof window === 'undefined' ? null : browserTeacherStore(baseUrl));
  const snapshot = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    store ? store.getSnapshot : serverSnapshot,
    serverSnapshot,
  );
  return { snapshot, store };
}
