/**
 * The progress store's public contract: what it offers, what its status says, and the values that
 * do not depend on any instance (the storage key and the empty "server" snapshot).
 */
import type { GradeResult, QuizMode, Response } from '../quiz';
import type { ImportMode, ImportReport } from './importPlan';
import type { CourseManifest } from './manifest';
import {
  type Attempt,
  emptyProgress,
  type ProgressEnvelope,
  type QuizRecord,
  type ReviewRecord,
} from './schema';
import type { AttemptScores, QuizChange } from './updates';
import type { StorageHealth, StorageSlot } from './storageSlot';

/**
 * `not-kept`: progress from an earlier visit, and the browser says it does not keep it for sure
 * (it may have been asked then); the site asks again at the learner's next answer.
 */
export type PersistRequestState =
  'not-asked' | 'not-kept' | 'asking' | 'granted' | 'denied' | 'unsupported' | 'failed';

/** What the notices need. `persistRequest` is the browser's true answer to navigator.storage.persist(). */
export interface ProgressStatus {
  persistence: 'saved' | 'memory-only' | 'read-only-newer-version';
  storage: StorageHealth;
  unsavedChanges: boolean;
  backupKey: string | undefined;
  backupReason: string | undefined;
  newerVersion: number | undefined;
  migratedFrom: number | undefined;
  persistRequest: PersistRequestState;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ProgressStoreOptions {
  storageKey: string;
  slot: StorageSlot;
  now?: () => number;
  /** Asks the browser to keep storage (navigator.storage.persist); resolves to its answer. */
  onPersistRequest?: () => Promise<boolean>;
  /** Whether the browser already keeps storage (navigator.storage.persisted), without asking. */
  checkPersisted?: () => Promise<boolean>;
  timers?: Timers;
  /** Changes within this many milliseconds are written together. */
  batchMs?: number;
  randomId?: () => string;
}

export interface ProgressStore {
  /** The current envelope; the same object until something changes (for useSyncExternalStore). */
  getSnapshot(): ProgressEnvelope;
  /** Always EMPTY_PROGRESS, so server HTML and hydration show "no progress yet". */
  getServerSnapshot(): ProgressEnvelope;
  /** What the storage notices need; the same object until something changes. */
  status(): ProgressStatus;
  /** Calls the listener after every change to the snapshot or the status; returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Keeps the latest answer to a question; throws a "[progress]" error for ids the schema refuses. */
  recordAnswer(
    quizId: string,
    questionId: string,
    response: Response,
    grade: GradeResult,
    hash: string,
  ): void;
  /**
   * Changes the attempt on screen of one quiz. `compute` gets the quiz's record as it is now (after
   * any other tab's writes), the time and a source of fresh attempt ids, and returns the change
   * (src/quiz/attemptEffects.ts) or null for none. Throws a "[progress]" error for invalid data.
   */
  updateQuiz(
    quizId: string,
    compute: (record: QuizRecord | undefined, at: number, newId: () => string) => QuizChange | null,
  ): void;
  /**
   * Reschedules a question after a review on /review. `compute` gets its schedule as it is now
   * (after any other tab's writes) and the time, and returns the new schedule or null for none.
   * Throws a "[progress]" error for invalid data.
   */
  updateReview(
    questionId: string,
    compute: (record: ReviewRecord | undefined, at: number) => ReviewRecord | null,
  ): void;
  /** Adds a finished attempt (startedAt defaults to now) and returns it with its new unique id. */
  recordAttempt(quizId: string, summary: AttemptScores, mode: QuizMode, startedAt?: number): Attempt;
  /** Records a lesson visit and the last page (does not count as a save by the learner). */
  markVisited(docId: string, path: string, title: string): void;
  /** Sets or clears "Mark as done" for a lesson without a quiz. */
  markDone(docId: string, done: boolean): void;
  /** Remembers that the learner just exported (resets the 7-day reminder). */
  markExported(): void;
  /** Clears all progress in every tab; returns an Undo that works once. */
  reset(): () => void;
  /** Applies a validated file (merge or replace); returns the per-item report and a one-shot Undo. */
  importProgress(
    incoming: ProgressEnvelope,
    mode: ImportMode,
    manifest: CourseManifest,
  ): { report: ImportReport; undo: () => void };
  /** Merges another tab's write of our key; writes back only what that tab lacked (no echo). */
  handleStorageEvent(event: { key: string | null; newValue: string | null }): void;
  /** Writes pending changes now (pagehide, visibilitychange, tests). */
  flush(): void;
  /** The raw text moved to the backup key this session, for download; null when none. */
  backupText(): string | null;
  /** Stops the pending timer and drops listeners. */
  dispose(): void;
}

/** The storage key for a site; the baseUrl keeps two courses on one github.io origin apart. */
export function storageKeyFor(baseUrl: string): string {
  return `wcmai-progress:${baseUrl}`;
}

const deepFreeze = <T extends object>(value: T): T => {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
};

/** "No progress yet": the server snapshot, and what the static HTML shows before hydration. */
export const EMPTY_PROGRESS: ProgressEnvelope = deepFreeze(emptyProgress());

/**
 * The status when all is well: stored, nothing pending, nothing asked. The store hands out this very
 * object whenever its status is this, so that the first reading after hydration equals the server's
 * and React does not re-render every progress view for a status that did not change.
 */
export const CLEAR_STATUS: ProgressStatus = Object.freeze({
  persistence: 'saved',
  storage: 'ok',
  unsavedChanges: false,
  backupKey: undefined,
  backupReason: undefined,
  newerVersion: undefined,
  migratedFrom: undefined,
  persistRequest: 'not-asked',
});
