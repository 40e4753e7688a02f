/**
 * One learner's session with the LMS, from the first commit to Terminate. It commits after every
 * change to the learner's progress (an answer, a finished quiz, a page marked done), coalescing the
 * changes of one moment into one commit, and on `pagehide` commits once more and terminates, once.
 * Framework-free: the store, clock and timers are passed in, so tests drive it with fakes.
 */
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { CMI, type CmiValue, cmiValues, LOCATION_LIMIT } from './cmiValues';
import { interactionValues } from './interactions';
import type { LmsConnection, LmsFailure } from './lmsConnection';
import { newlyGraded } from './newAnswers';
import type { PackageScope } from './packageScope';
import { reportCard, type ReportCard } from './reportCard';
import { encodeSuspendData } from './suspendData';
import type { SuspendLayout } from './suspendLayout';

/** suspend_data's size: CMIString4096 in SCORM 1.2, 64,000 characters in SCORM 2004 4th edition. */
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

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
  layout: SuspendLayout;
  /** The lesson that holds a quiz (for the latency of a first answer). */
  lessonOf: (quizId: string) => string | undefined;
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
  const { connection, store, scope, layout, lessonOf, startedAt } = options;
  const now = options.now ?? Date.now;
  const defer = options.defer ?? ((task) => void setTimeout(task, 0));
  const names = CMI[connection.version];
  let location: string | null = null;
  let sentLocation: string | null = null;
  let pending = false;
  let ended = false;
  let current: LmsStatus;
  // Interactions are journaled after the ones the LMS already holds; answers restored from
  // suspend_data, or kept in the browser before this session, are not sent again.
  let nextInteraction = Number.parseInt(connection.get(names.interactionCount), 10) || 0;
  let reported = store.getSnapshot();
  let sentSuspendData = '';

  function interactions(snapshot: ProgressEnvelope): CmiValue[] {
    const answers = newlyGraded(reported, snapshot, layout, lessonOf);
    reported = snapshot;
    return answers.flatMap((answer) => interactionValues(connection.version, nextInteraction++, answer));
  }

  function send(): void {
    const snapshot = store.getSnapshot();
    const card = reportCard(snapshot, scope);
    const values = [...interactions(snapshot), ...cmiValues(connection.version, card, now() - startedAt)];
    const suspend = encodeSuspendData(snapshot, layout, SUSPEND_LIMIT[connection.version]);
    if (suspend && suspend.text !== sentSuspendData) values.push([names.suspendData, suspend.text]);
    for (const [element, value] of values) {
      if (connection.set(element, value) && element === names.suspendData) sentSuspendData = value;
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
