/**
 * One learner's session with the LMS, from the first commit to Terminate. It commits after every
 * change to the learner's progress (an answer, a finished quiz, a page marked done), coalescing the
 * changes of one moment into one commit, and on `pagehide` commits once more and terminates, once.
 * Framework-free: the store, clock and timers are passed in, so tests drive it with fakes.
 */
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { CMI, cmiValues, LOCATION_LIMIT } from './cmiValues';
import type { LmsConnection, LmsFailure } from './lmsConnection';
import type { PackageScope } from './packageScope';
import { reportCard, type ReportCard } from './reportCard';

export type LmsStatus =
  { kind: 'saving'; card: ReportCard } | { kind: 'not-saving'; card: ReportCard; failure: LmsFailure };

export interface ProgressSource {
  getSnapshot(): ProgressEnvelope;
  subscribe(listener: () => void): () => void;
}

export interface SessionOptions {
  connection: LmsConnection;
  store: ProgressSource;
  scope: PackageScope;
  /** When Initialize succeeded: the session time counts from there. */
  startedAt: number;
  now?: () => number;
  /** Runs `task` soon, after the current event (a commit must not hold up the quiz's feedback). */
  defer?: (task: () => void) => void;
  onStatus?: (status: LmsStatus) => void;
}

export interface LmsSession {
  /** Remembers the learner's page; it goes to the LMS with the next commit. */
  setLocation(path: string): void;
  /** Sends everything now and commits; returns the status it ended in. */
  commit(): LmsStatus;
  /** Commits and terminates; later calls do nothing. */
  end(): void;
  /** The latest status (for views that start after the first commit). */
  status(): LmsStatus;
}

/** Starts the session: commits once at once, then after every change. */
export function startLmsSession(options: SessionOptions): LmsSession {
  const { connection, store, scope, startedAt } = options;
  const now = options.now ?? Date.now;
  const defer = options.defer ?? ((task) => void setTimeout(task, 0));
  const names = CMI[connection.version];
  let location: string | null = null;
  let sentLocation: string | null = null;
  let pending = false;
  let ended = false;
  let current: LmsStatus;

  function send(): void {
    const card = reportCard(store.getSnapshot(), scope);
    for (const [element, value] of cmiValues(connection.version, card, now() - startedAt)) {
      connection.set(element, value);
    }
    if (
      location !== null &&
      location !== sentLocation &&
      location.length <= LOCATION_LIMIT[connection.version]
    ) {
      if (connection.set(names.location, location)) sentLocation = location;
    }
  }

  function commit(): LmsStatus {
    connection.clearFailure();
    send();
    connection.commit();
    const card = reportCard(store.getSnapshot(), scope);
    const failure = connection.failure();
    current = failure ? { kind: 'not-saving', card, failure } : { kind: 'saving', card };
    options.onStatus?.(current);
    return current;
  }

  current = commit();
  let previous = store.getSnapshot();
  const unsubscribe = store.subscribe(() => {
    const next = store.getSnapshot();
    if (next === previous || ended) return;
    previous = next;
    if (pending) return;
    pending = true;
    defer(() => {
      pending = false;
      if (!ended) commit();
    });
  });

  return {
    setLocation(path) {
      location = path;
    },
    commit: () => (ended ? current : commit()),
    end() {
      if (ended) return;
      ended = true;
      unsubscribe();
      connection.clearFailure();
      send();
      connection.commit();
      connection.terminate();
    },
    status: () => current,
  };
}
