/**
 * The one store per site in a real browser: created on first use, never on the server. It listens
 * for other tabs' writes and saves pending changes when the page is hidden or left, because
 * pagehide/visibilitychange are the last events mobile browsers reliably deliver.
 */
import { createStorageSlot } from './storageSlot';
import { createProgressStore, type ProgressStore, storageKeyFor } from './store';

const stores = new Map<string, ProgressStore>();

async function askToPersist(): Promise<boolean> {
  const manager = navigator.storage;
  // Firefox may prompt: skip the question when the browser already keeps our data.
  if (typeof manager.persisted === 'function' && (await manager.persisted())) return true;
  return manager.persist();
}

function localStorageOrNull(): Storage | null {
  // The property access itself throws SecurityError when storage is blocked; the slot catches it.
  return window.localStorage;
}

/** The store for this site (null during server rendering); created on first call, then shared. */
export function browserProgressStore(baseUrl: string): ProgressStore | null {
  if (typeof window === 'undefined') return null;
  const storageKey = storageKeyFor(baseUrl);
  const existing = stores.get(storageKey);
  if (existing) return existing;
  const slot = createStorageSlot(localStorageOrNull);
  const canPersist = typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function';
  const canCheck = typeof navigator !== 'undefined' && typeof navigator.storage?.persisted === 'function';
  const store = createProgressStore({
    storageKey,
    slot,
    onPersistRequest: canPersist ? askToPersist : undefined,
    checkPersisted: canCheck ? () => navigator.storage.persisted() : undefined,
  });
  window.addEventListener('storage', (event) => {
    let ours = event.storageArea === null;
    try {
      ours ||= event.storageArea === window.localStorage;
    } catch {
      // Storage is blocked here, so this tab never wrote the key; nothing to merge.
    }
    if (ours) store.handleStorageEvent(event);
  });
  window.addEventListener('pagehide', () => store.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.flush();
  });
  stores.set(storageKey, store);
  return store;
}
