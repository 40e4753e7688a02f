/**
 * The progress store: one envelope in memory, written to one namespaced storage key in batches,
 * kept in step with other tabs, and readable by React through useSyncExternalStore (snapshots keep
 * their identity until something changes). Framework-free; browserStore.ts wires it to the window.
 */
import { sameContent } from './canonical';
import { applyImport } from './importPlan';
import { mergeEnvelopes, sameProgress } from './merge';
import { getOwn, type ProgressEnvelope } from './schema';
import { interpretStored, moveToBackup, type StoredProgress } from './storedProgress';
import {
  CLEAR_STATUS,
  EMPTY_PROGRESS,
  type PersistRequestState,
  type ProgressStatus,
  type ProgressStore,
  type ProgressStoreOptions,
  type Timers,
} from './storeTypes';
import * as update from './updates';

export * from './storeTypes';

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Undo works once: a second click must not restore an even older state. */
function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}

/** Creates a store over a storage slot; nothing is read from storage until first used. */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const {
    storageKey: key,
    slot,
    now = Date.now,
    onPersistRequest,
    checkPersisted,
    timers = defaultTimers,
    batchMs = 250,
  } = options;
  const randomId = options.randomId ?? (() => Math.random().toString(36).slice(2, 8).padEnd(6, '0'));
  const listeners = new Set<() => void>();
  let state = EMPTY_PROGRESS;
  let loaded = false;
  let dirty = false;
  let timer: unknown = null;
  // The text last read from or written to our key: a different text means another tab wrote.
  let lastRaw: string | null = null;
  let newerVersion: number | undefined;
  let migratedFrom: number | undefined;
  let backup: { key: string; raw: string; reason: string } | undefined;
  let persistRequest: PersistRequestState = 'not-asked';
  let currentStatus = computeStatus();

  function computeStatus(): ProgressStatus {
    const storage = slot.health();
    const persistence =
      newerVersion !== undefined ? 'read-only-newer-version' : storage === 'ok' ? 'saved' : 'memory-only';
    const status: ProgressStatus = {
      persistence,
      storage,
      unsavedChanges: dirty,
      backupKey: backup?.key,
      backupReason: backup?.reason,
      newerVersion,
      migratedFrom,
      persistRequest,
    };
    return sameContent(status, CLEAR_STATUS) ? CLEAR_STATUS : status;
  }

  function notify(stateChanged: boolean) {
    const next = computeStatus();
    const statusChanged = !sameContent(next, currentStatus);
    if (statusChanged) currentStatus = next;
    if (stateChanged || statusChanged) for (const listener of [...listeners]) listener();
  }

  /** Folds what storage holds into memory; true when it must be written back. */
  function adopt(stored: StoredProgress): boolean {
    const hasProgress = !sameProgress(state, EMPTY_PROGRESS);
    switch (stored.kind) {
      case 'empty':
        lastRaw = null;
        return hasProgress;
      case 'newer':
        lastRaw = stored.raw;
        newerVersion = stored.version;
        return false;
      case 'unreadable':
        // Already queued for backup (storage is failing and still holds it): do not copy it twice.
        if (backup?.raw === stored.raw) return hasProgress;
        backup = { key: moveToBackup(slot, key, stored.raw, now()), raw: stored.raw, reason: stored.reason };
        lastRaw = null;
        return hasProgress;
      case 'ok': {
        lastRaw = stored.raw;
        newerVersion = undefined;
        if (stored.migratedFrom !== undefined) migratedFrom = stored.migratedFrom;
        const merged = mergeEnvelopes(state, stored.envelope);
        if (!sameProgress(merged, state)) state = merged;
        // Write back only when we hold something storage lacks: that is what stops echo loops.
        return stored.migratedFrom !== undefined || !sameProgress(merged, stored.envelope);
      }
    }
  }

  function ensureLoaded() {
    if (loaded) return;
    loaded = true;
    if (adopt(interpretStored(slot.read(key).value))) markDirty();
    currentStatus = computeStatus();
    if (lastRaw !== null) learnWhetherKept();
  }

  /**
   * Progress saved in an earlier visit: whether the browser keeps it is a fact to look up (without
   * asking, which may prompt), so the page never says "not asked yet" about data it asked for before.
   */
  function learnWhetherKept() {
    if (!checkPersisted || slot.health() !== 'ok') return;
    checkPersisted().then(
      (kept) => {
        if (persistRequest !== 'not-asked') return;
        persistRequest = kept ? 'granted' : 'not-kept';
        notify(false);
      },
      () => undefined,
    );
  }

  function markDirty() {
    dirty = true;
    if (timer === null) timer = timers.setTimeout(flush, batchMs);
  }

  function requestPersistOnce() {
    if (
      (persistRequest !== 'not-asked' && persistRequest !== 'not-kept') ||
      newerVersion !== undefined ||
      slot.health() !== 'ok'
    )
      return;
    if (!onPersistRequest) return void (persistRequest = 'unsupported');
    persistRequest = 'asking';
    const settle = (answer: PersistRequestState) => ((persistRequest = answer), notify(false));
    onPersistRequest().then(
      (granted) => settle(granted ? 'granted' : 'denied'),
      () => settle('failed'),
    );
  }

  function change(next: (envelope: ProgressEnvelope) => ProgressEnvelope, byLearner = true) {
    ensureLoaded();
    const before = state;
    state = next(state);
    if (state === before) return;
    markDirty();
    if (byLearner) requestPersistOnce();
    notify(true);
  }

  function flush() {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (!loaded || !dirty || newerVersion !== undefined) return notify(false);
    const before = state;
    // Another tab may have written since we last looked, before its storage event reached us.
    const stored = slot.read(key);
    if (stored.health === 'ok' && stored.value !== lastRaw) adopt(interpretStored(stored.value));
    if (newerVersion === undefined) {
      const text = JSON.stringify(state);
      // Storage may already hold exactly this (a stale event from another tab asked for a write).
      const inStorage = slot.read(key);
      const alreadySaved = inStorage.health === 'ok' && inStorage.value === text && slot.health() === 'ok';
      dirty = !alreadySaved && slot.write(key, text) !== 'ok';
      lastRaw = text;
    }
    notify(state !== before);
  }

  const undoTo = (before: ProgressEnvelope, since: number) =>
    once(() => change((current) => update.restored(before, current, since, now())));

  return {
    getSnapshot: () => (ensureLoaded(), state),
    getServerSnapshot: () => EMPTY_PROGRESS,
    status: () => (ensureLoaded(), currentStatus),
    subscribe(listener) {
      ensureLoaded();
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    recordAnswer(quizId, questionId, response, grade, hash) {
      change((e) => update.withAnswer(e, { quizId, questionId, response, grade, hash, at: now() }));
    },
    updateQuiz(quizId, compute) {
      const at = now();
      const newId = () => `${at.toString(36)}-${randomId()}`;
      change((e) => {
        const result = compute(getOwn(e.quizzes, quizId), at, newId);
        return result ? update.withQuizChange(e, quizId, result) : e;
      });
    },
    updateReview(questionId, compute) {
      const at = now();
      change((e) => {
        const result = compute(getOwn(e.review, questionId), at);
        return result ? update.withReview(e, questionId, result) : e;
      });
    },
    recordAttempt(quizId, summary, mode, startedAt) {
      const finishedAt = now();
      const id = `${finishedAt.toString(36)}-${randomId()}`;
      const attempt = update.attemptFromSummary(summary, mode, {
        id,
        startedAt: startedAt ?? finishedAt,
        finishedAt,
      });
      change((e) => update.withAttempt(e, quizId, attempt));
      return attempt;
    },
    markVisited: (docId, path, title) =>
      change((e) => update.withVisit(e, docId, { path, title }, now()), false),
    markDone: (docId, done) => change((e) => update.withDone(e, docId, done, now())),
    markExported: () => change((e) => update.withExport(e, now()), false),
    reset() {
      ensureLoaded();
      const before = state;
      const at = now();
      change((e) => update.cleared(e, at));
      return undoTo(before, at);
    },
    importProgress(incoming, mode, manifest) {
      ensureLoaded();
      const before = state;
      const at = now();
      const { envelope, report } = applyImport(state, incoming, mode, manifest, at);
      change(() => envelope);
      return { report, undo: undoTo(before, at) };
    },
    handleStorageEvent(event) {
      if (event.key !== null && event.key !== key) return;
      if (!loaded) return ensureLoaded();
      // key null means another tab called clear(): look at what is there now.
      const raw = event.key === null ? slot.read(key).value : event.newValue;
      if (raw === lastRaw) return;
      const stored = interpretStored(raw);
      // Damaged text from another tab is left for the next flush, which backs it up first.
      if (stored.kind === 'unreadable') return;
      const before = state;
      if (adopt(stored)) markDirty();
      notify(state !== before);
    },
    flush,
    backupText: () => backup?.raw ?? null,
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      listeners.clear();
    },
  };
}
