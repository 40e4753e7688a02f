/**
 * A localStorage slot that never throws. Absent, blocked (SecurityError on access), full (every
 * browser's quota error shape) or legacy Safari private mode (quota 0) all degrade to memory, and
 * the slot says which it met so the page can show an honest notice. Writes that could not reach
 * storage stay queued in memory, oldest first, and go out with the next write that succeeds.
 * Reads report what storage really holds (other tabs write there too); memory answers only when
 * storage cannot be read at all.
 * (Docusaurus's storageUtils is the model; it lost pages to a quota error in facebook/docusaurus#6036.)
 */

export type StorageHealth = 'ok' | 'unavailable' | 'blocked' | 'full';

export interface SlotRead {
  value: string | null;
  health: StorageHealth;
}

export interface StorageSlot {
  /** The stored text; when storage cannot be read, the copy kept in memory. Never throws. */
  read(key: string): SlotRead;
  /** Saves the text, falling back to memory; returns 'ok' only when it reached storage. */
  write(key: string, value: string): StorageHealth;
  /** Removes the key, falling back to memory; never throws. */
  remove(key: string): StorageHealth;
  /** 'ok' only when storage works and nothing is waiting in memory to be saved. */
  health(): StorageHealth;
}

const IE8_QUOTA_NUMBER = -2147024882;

/**
 * True for a quota error in any browser's shape: DOMException "QuotaExceededError" (now also its
 * own subclass), legacy WebKit code 22, Firefox "NS_ERROR_DOM_QUOTA_REACHED" / code 1014, IE8's number.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, number, message } = error as Record<string, unknown>;
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014 ||
    number === IE8_QUOTA_NUMBER ||
    // The shape is still changing across browsers; the word "quota" is the last common trace.
    (typeof message === 'string' && /quota/i.test(message))
  );
}

/** 'full' for a quota error; anything else (SecurityError, InvalidStateError, …) means 'blocked'. */
export function classifyStorageError(error: unknown): 'full' | 'blocked' {
  return isQuotaError(error) ? 'full' : 'blocked';
}

/** A slot over whatever `getStorage` returns; it is called on every access, and may throw or give null. */
export function createStorageSlot(getStorage: () => Storage | null | undefined): StorageSlot {
  const memory = new Map<string, string | null>();
  // Keys whose latest value lives only in memory, in the order they were changed.
  const unsynced = new Set<string>();
  let last: StorageHealth = 'ok';
  let writeFailure: StorageHealth = 'ok';

  function open(): Storage | StorageHealth {
    try {
      const storage = getStorage();
      return storage && typeof storage.getItem === 'function' ? storage : 'unavailable';
    } catch {
      // Reading window.localStorage itself throws when cookies or storage are blocked.
      return 'blocked';
    }
  }

  function sync(): StorageHealth {
    const storage = open();
    if (typeof storage === 'string') return (last = writeFailure = storage);
    try {
      for (const key of unsynced) {
        const value = memory.get(key) ?? null;
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
        unsynced.delete(key);
      }
      return (last = writeFailure = 'ok');
    } catch (error) {
      return (last = writeFailure = classifyStorageError(error));
    }
  }

  function change(key: string, value: string | null): StorageHealth {
    // Re-adding moves the key to the end, so a backup queued earlier is always written first.
    unsynced.delete(key);
    unsynced.add(key);
    memory.set(key, value);
    return sync();
  }

  return {
    read(key) {
      const fallback = () => memory.get(key) ?? null;
      const storage = open();
      if (typeof storage === 'string') return { value: fallback(), health: (last = storage) };
      try {
        const value = storage.getItem(key);
        if (!unsynced.has(key)) memory.set(key, value);
        return { value, health: (last = 'ok') };
      } catch (error) {
        return { value: fallback(), health: (last = classifyStorageError(error)) };
      }
    },
    write: (key, value) => change(key, value),
    remove: (key) => change(key, null),
    health: () => (unsynced.size > 0 ? writeFailure : last),
  };
}
