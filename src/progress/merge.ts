/**
 * Merging two envelopes, so two tabs (or a tab and an imported file) never erase each other.
 * Per question the later answer wins, and so does the later review schedule; attempts are unioned
 * by id; lessons merge per field by time.
 * Ties are broken by content, so the merge is commutative and every tab converges on the same
 * state: that is what lets the storage event stop after one round instead of echoing.
 */
import { canonicalJson, sameContent } from './canonical';
import {
  type Attempt,
  getOwn,
  type LessonRecord,
  type ProgressEnvelope,
  type QuestionRecord,
  type QuizRecord,
  type ReviewRecord,
  type StoredAttempt,
} from './schema';

type Rec<T> = Readonly<Record<string, T>>;

function later<T>(a: T | undefined, b: T | undefined, time: (x: T) => number): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (time(a) !== time(b)) return time(a) > time(b) ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

const maxDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

function mergeRecords<T>(a: Rec<T>, b: Rec<T>, pick: (x?: T, y?: T) => T | undefined): Record<string, T> {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const entries = [...keys].flatMap((key) => {
    const value = pick(getOwn(a, key), getOwn(b, key));
    return value === undefined ? [] : [[key, value] as const];
  });
  return Object.fromEntries(entries);
}

/**
 * Of two copies of the attempt on screen: a copy left unfinished although its attempt was recorded
 * as finished is stale and never wins (finishing is final, even when another tab kept answering);
 * of two attempts, the one started last (a new attempt replaces the old); of one attempt, the later
 * finish (as for its record), then the later change.
 */
function laterCurrent(
  a: StoredAttempt | undefined,
  b: StoredAttempt | undefined,
  finished: ReadonlySet<string>,
) {
  const live = (x: StoredAttempt | undefined) =>
    x && !(x.finishedAt === undefined && finished.has(x.id)) ? x : undefined;
  const [x, y] = [live(a), live(b)];
  if (!x || !y) return x ?? y;
  if (x.id !== y.id) return later(x, y, (c) => c.startedAt);
  if (x.finishedAt !== y.finishedAt) return later(x, y, (c) => c.finishedAt ?? 0);
  return later(x, y, (c) => c.updatedAt);
}

/** Finished attempts are unioned by id; the attempt on screen is chosen by `laterCurrent`. */
function mergeQuiz(a?: QuizRecord, b?: QuizRecord): QuizRecord {
  const byId = new Map<string, Attempt>();
  for (const attempt of [...(a?.attempts ?? []), ...(b?.attempts ?? [])]) {
    const seen = byId.get(attempt.id);
    byId.set(attempt.id, seen ? (later(seen, attempt, (x) => x.finishedAt) ?? attempt) : attempt);
  }
  const attempts = [...byId.values()].sort((x, y) => x.finishedAt - y.finishedAt || (x.id < y.id ? -1 : 1));
  const current = laterCurrent(a?.current, b?.current, new Set(byId.keys()));
  return current ? { attempts, current } : { attempts };
}

function mergeLesson(a?: LessonRecord, b?: LessonRecord): LessonRecord | undefined {
  if (!a || !b) return a ?? b;
  const withMark = (x: LessonRecord) => (x.markedDone === undefined ? undefined : x);
  const marked = later(withMark(a), withMark(b), (x) => x.markedAt ?? 0);
  return compact({
    visitedAt: maxDefined(a.visitedAt, b.visitedAt),
    markedDone: marked?.markedDone,
    markedAt: marked?.markedAt,
  });
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Only what was recorded strictly after `time` (used when a reset or a replacing import wins). */
export function keepAfter(envelope: ProgressEnvelope, time: number): ProgressEnvelope {
  const questions = Object.entries(envelope.questions).filter(([, q]) => q.answeredAt > time);
  const quizzes = Object.entries(envelope.quizzes).flatMap(([id, quiz]) => {
    const attempts = quiz.attempts.filter((a) => a.finishedAt > time);
    const current = quiz.current && quiz.current.updatedAt > time ? quiz.current : undefined;
    if (current) return [[id, { attempts, current }] as const];
    return attempts.length ? [[id, { attempts }] as const] : [];
  });
  const lessons = Object.entries(envelope.lessons).flatMap(([id, lesson]) => {
    const visited = lesson.visitedAt !== undefined && lesson.visitedAt > time;
    const marked = lesson.markedAt !== undefined && lesson.markedAt > time;
    const kept = compact({
      visitedAt: visited ? lesson.visitedAt : undefined,
      markedDone: marked ? lesson.markedDone : undefined,
      markedAt: marked ? lesson.markedAt : undefined,
    });
    return visited || marked ? [[id, kept] as const] : [];
  });
  const review = Object.entries(envelope.review).filter(([, r]) => r.last > time);
  return compact({
    ...envelope,
    questions: Object.fromEntries(questions),
    review: Object.fromEntries(review),
    quizzes: Object.fromEntries(quizzes),
    lessons: Object.fromEntries(lessons),
    lastPage: envelope.lastPage && envelope.lastPage.at > time ? envelope.lastPage : undefined,
  });
}

/**
 * Merges two envelopes; pure and commutative. If one side was cleared later (reset or replacing
 * import), the other side only contributes what it recorded after that moment.
 */
export function mergeEnvelopes(a: ProgressEnvelope, b: ProgressEnvelope): ProgressEnvelope {
  const cut = maxDefined(a.clearedAt, b.clearedAt);
  const trim = (e: ProgressEnvelope) =>
    cut !== undefined && (e.clearedAt ?? -1) < cut ? keepAfter(e, cut) : e;
  const [x, y] = [trim(a), trim(b)];
  return compact({
    version: x.version,
    updatedAt: Math.max(x.updatedAt, y.updatedAt),
    clearedAt: cut,
    questions: mergeRecords<QuestionRecord>(x.questions, y.questions, (p, q) =>
      later(p, q, (r) => r.answeredAt),
    ),
    quizzes: mergeRecords<QuizRecord>(x.quizzes, y.quizzes, mergeQuiz),
    lessons: mergeRecords<LessonRecord>(x.lessons, y.lessons, mergeLesson),
    review: mergeRecords<ReviewRecord>(x.review, y.review, (p, q) => later(p, q, (r) => r.last)),
    lastPage: later(x.lastPage, y.lastPage, (p) => p.at),
    lastExportAt: maxDefined(x.lastExportAt, y.lastExportAt),
  });
}

/** True when both hold the same progress; `updatedAt` alone does not count as a difference. */
export function sameProgress(a: ProgressEnvelope, b: ProgressEnvelope): boolean {
  return a === b || sameContent({ ...a, updatedAt: 0 }, { ...b, updatedAt: 0 });
}
