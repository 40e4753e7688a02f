/**
 * The single React entry to progress. Hydration-safe: the server and the first client render use
 * the empty snapshot ("no progress yet"), real progress appears after hydration. Root provides the
 * store: `<ProgressStoreContext.Provider value={browserProgressStore(siteConfig.baseUrl)}>`
 * (null on the server); tests provide their own store.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { useHydrated } from '../components/useHydrated';
import type { ProgressEnvelope } from './schema';
import { CLEAR_STATUS, EMPTY_PROGRESS, type ProgressStatus, type ProgressStore } from './store';

/** undefined = no provider (a wiring mistake); null = server rendering. */
export const ProgressStoreContext = createContext<ProgressStore | null | undefined>(undefined);

const noSubscription = () => () => {};
const emptySnapshot = () => EMPTY_PROGRESS;
// Before anything is known (server rendering): saved, nothing asked yet, the store's all-clear object.
const serverStatus = () => CLEAR_STATUS;
let warned = false;

export interface ProgressView {
  progress: ProgressEnvelope;
  status: ProgressStatus;
  /** null while rendering on the server; call its methods from event handlers and effects. */
  store: ProgressStore | null;
}

/** The learner's progress and storage status, kept current across tabs. */
export function useProgress(): ProgressView {
  const provided = useContext(ProgressStoreContext);
  // Effects run only in the browser, so server rendering never logs this.
  useEffect(() => {
    if (provided !== undefined || warned) return;
    warned = true;
    console.error(
      '[progress] useProgress() found no ProgressStoreContext provider, so progress is not kept. Wrap the site in src/theme/Root with <ProgressStoreContext.Provider value={browserProgressStore(siteConfig.baseUrl)}>.',
    );
  }, [provided]);
  const store = provided ?? null;
  // Saved data shows once the page has hydrated (useHydrated), so hydration never re-renders.
  const live = useHydrated() ? store : null;
  const progress = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    live ? live.getSnapshot : emptySnapshot,
    emptySnapshot,
  );
  const status = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    live ? live.status : serverStatus,
    serverStatus,
  );
  return { progress, status, store };
}

/**
 * One value derived from the learner's progress, re-rendering only when that value changes: a visit
 * recorded on a lesson must not re-render every sidebar badge. `select` must return a primitive or
 * a part of the envelope as it is, never a new object (React compares the results with Object.is).
 */
export function useProgressSelector<T>(select: (progress: ProgressEnvelope) => T): T {
  const store = useContext(ProgressStoreContext) ?? null;
  const live = useHydrated() ? store : null;
  return useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    () => select(live ? live.getSnapshot() : EMPTY_PROGRESS),
    () => select(EMPTY_PROGRESS),
  );
}
