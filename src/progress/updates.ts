/**
 * The pure changes the store applies to an envelope, one per learner action. Each returns a new
 * envelope (the old one is never mutated, so snapshots stay valid) and checks the new record
 * against the schema, so the store can never save something it would refuse to read back.
 */
import type * as z from 'zod/mini';
import type { AttemptSummary, GradeResult, QuizMode, Response } from '../quiz';
import type { AttemptEffects } from '../quiz/attemptEffects';
import type { QuizAttempt } from '../quiz/attempt';
import { afterLessonAnswer } from '../review/entry';
import { keepAfter, mergeEnvelopes } from './merge';
import {
  type Attempt,
  attemptSchema,
  DOC_ID_PATTERN,
  docIdSchema,
  FORBIDDEN_KEYS,
  getOwn,
  MAX_DOC_ID,
  MAX_PATH,
  MAX_TIME,
  MAX_TITLE,
  SITE_PATH_PATTERN,
  quizAttemptSchema,
  type LessonRecord,
  lessonRecordSchema,
  type ProgressEnvelope,
  progressIdSchema,
  questionRecordSchema,
  type ReviewRecord,
  reviewRecordSchema,
} from './schema';

function checked<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    `[progress] Cannot save ${what}: ${result.error.issues[0]?.message ?? 'invalid'}. Pass the ids and values from the course manifest and the quiz engine.`,
  );
}

export interface AnswerInput {
  quizId: string;
  questionId: string;
  response: Response;
  grade: Pick<GradeResult, 'fraction' | 'correct'>;
  hash: string;
  at: number;
}

/**
 * Keeps the latest answer to a question and enters it into spaced review (src/review/entry.ts);
 * throws a "[progress]" error for invalid ids or values.
 */
export function withAnswer(envelope: ProgressEnvelope, input: AnswerInput): ProgressEnvelope {
  const { quizId, questionId, response, grade, hash, at } = input;
  const id = checked(progressIdSchema, questionId, `question "${questionId}"`);
  const record = checked(
    questionRecordSchema,
    { quizId, response, fraction: grade.fraction, correct: grade.correct, hash, answeredAt: at },
    `the answer to "${questionId}"`,
  );
  const before = getOwn(envelope.review, id);
  const schedule = afterLessonAnswer(before, { hash, correct: grade.correct, at });
  const review = schedule === before || !schedule ? envelope.review : { ...envelope.review, [id]: schedule };
  return { ...envelope, updatedAt: at, questions: { ...envelope.questions, [id]: record }, review };
}

/** Sets a question's review schedule after a review (computed by src/review/scheduler.ts). */
export function withReview(
  envelope: ProgressEnvelope,
  questionId: string,
  record: ReviewRecord,
): ProgressEnvelope {
  const id = checked(progressIdSchema, questionId, `question "${questionId}"`);
  const schedule = checked(reviewRecordSchema, record, `the review of "${questionId}"`);
  return {
    ...envelope,
    updatedAt: Math.max(envelope.updatedAt, schedule.last),
    review: { ...envelope.review, [id]: schedule },
  };
}

/** The scores an attempt record keeps; the pass mark it was judged against is optional (v1 had none). */
export type AttemptScores = Pick<AttemptSummary, 'earned' | 'possible' | 'percent' | 'passed'> & {
  passMark?: number;
};

/** The attempt record for a finished quiz attempt. */
export function attemptFromSummary(
  summary: AttemptScores,
  mode: QuizMode,
  times: { id: string; startedAt: number; finishedAt: number },
): Attempt {
  const { earned, possible, percent, passed, passMark } = summary;
  const scores =
    passMark === undefined
      ? { earned, possible, percent, passed }
      : { earned, possible, percent, passMark, passed };
  return checked(attemptSchema, { ...times, mode, ...scores }, 'the attempt');
}

/**
 * Adds a finished attempt to a quiz's history. An attempt already there under the same id is kept
 * as it is: recording a finished attempt again (a second click, a reload, another tab) changes nothing.
 */
export function withAttempt(envelope: ProgressEnvelope, quizId: string, attempt: Attempt): ProgressEnvelope {
  const id = checked(progressIdSchema, quizId, `quiz "${quizId}"`);
  const record = getOwn(envelope.quizzes, id);
  const earlier = record?.attempts ?? [];
  if (earlier.some((a) => a.id === attempt.id)) return envelope;
  const attempts = [...earlier, attempt];
  return {
    ...envelope,
    updatedAt: attempt.finishedAt,
    quizzes: { ...envelope.quizzes, [id]: { ...record, attempts } },
  };
}

/** A change to the attempt on screen and what it means for the record (see src/quiz/attemptEffects.ts). */
export interface QuizChange extends AttemptEffects {
  attempt: QuizAttempt;
}

/**
 * Saves the attempt on screen, the answers it graded as the learner's latest, and the attempt record
 * when it was just finished: one change, so a reload can never see one without the others.
 */
export function withQuizChange(
  envelope: ProgressEnvelope,
  quizId: string,
  change: QuizChange,
): ProgressEnvelope {
  const id = checked(progressIdSchema, quizId, `quiz "${quizId}"`);
  const attempt = checked(quizAttemptSchema, change.attempt, `the attempt at quiz "${quizId}"`);
  let next = envelope;
  for (const answer of change.answers) {
    next = withAnswer(next, { quizId: id, ...answer, grade: answer.grade });
  }
  if (change.finished) {
    const { id: attemptId, startedAt, finishedAt, mode, ...scores } = change.finished;
    next = withAttempt(next, id, attemptFromSummary(scores, mode, { id: attemptId, startedAt, finishedAt }));
  }
  const record = getOwn(next.quizzes, id);
  return {
    ...next,
    updatedAt: Math.max(next.updatedAt, attempt.updatedAt),
    quizzes: { ...next.quizzes, [id]: { attempts: record?.attempts ?? [], current: attempt } },
  };
}

function withLesson(envelope: ProgressEnvelope, docId: string, change: LessonRecord, at: number) {
  const id = checked(docIdSchema, docId, `lesson "${docId}"`);
  const lesson = checked(
    lessonRecordSchema,
    { ...getOwn(envelope.lessons, id), ...change },
    `lesson "${docId}"`,
  );
  return withLessonRecord(envelope, id, lesson, at);
}

function withLessonRecord(envelope: ProgressEnvelope, docId: string, lesson: LessonRecord, at: number) {
  return { ...envelope, updatedAt: at, lessons: { ...envelope.lessons, [docId]: lesson } };
}

/**
 * Records a visit and the last page. A page path or title the schema refuses is simply not kept as
 * "last page". Checked by hand, with the schema's own patterns and limits: every page load records
 * a visit, and zod's first use costs a long task on a slow phone (bench/REPORT.md). The schema
 * accepts every envelope this returns (a property test in updates.test.ts holds it to that).
 */
export function withVisit(
  envelope: ProgressEnvelope,
  docId: string,
  page: { path: string; title: string },
  at: number,
): ProgressEnvelope {
  if (!isDocId(docId)) throw new Error(`[progress] Cannot save lesson "${docId}": not a Docusaurus doc id.`);
  if (!Number.isInteger(at) || at < 0 || at > MAX_TIME) {
    throw new Error(`[progress] Cannot save a visit to "${docId}": ${at} is not a time.`);
  }
  const next = withLessonRecord(envelope, docId, { ...getOwn(envelope.lessons, docId), visitedAt: at }, at);
  // Navigation must never fail because a title is long: trim it, and skip an odd path.
  const path = page.path;
  const sitePath = typeof path === 'string' && path.length <= MAX_PATH && SITE_PATH_PATTERN.test(path);
  return sitePath ? { ...next, lastPage: { path, title: String(page.title).slice(0, MAX_TITLE), at } } : next;
}

function isDocId(docId: unknown): docId is string {
  return (
    typeof docId === 'string' &&
    docId.length <= MAX_DOC_ID &&
    DOC_ID_PATTERN.test(docId) &&
    !FORBIDDEN_KEYS.has(docId)
  );
}

/** Sets or clears "Mark as done", remembering when, so the latest choice wins across tabs. */
export function withDone(
  envelope: ProgressEnvelope,
  docId: string,
  done: boolean,
  at: number,
): ProgressEnvelope {
  return withLesson(envelope, docId, { markedDone: done, markedAt: at }, at);
}

/** Remembers the time of the last export (for the "export again" reminder). */
export function withExport(envelope: ProgressEnvelope, at: number): ProgressEnvelope {
  return { ...envelope, updatedAt: at, lastExportAt: at };
}

/** A later clearing moment than any the envelope has seen, so it wins in every other tab. */
export function nextClearedAt(envelope: ProgressEnvelope, at: number): number {
  return Math.max(at, (envelope.clearedAt ?? -1) + 1);
}

/** Empty progress that other tabs will honour (they drop what they recorded before it). */
export function cleared(envelope: ProgressEnvelope, at: number): ProgressEnvelope {
  const base = { version: envelope.version, updatedAt: at, clearedAt: nextClearedAt(envelope, at) };
  const kept = envelope.lastExportAt === undefined ? {} : { lastExportAt: envelope.lastExportAt };
  return { ...base, ...kept, questions: {}, quizzes: {}, lessons: {}, review: {} };
}

/**
 * Undo: the state from before an action (reset or import) plus whatever was recorded after it,
 * marked as the newest clearing so other tabs take it as a whole.
 */
export function restored(
  before: ProgressEnvelope,
  current: ProgressEnvelope,
  since: number,
  at: number,
): ProgressEnvelope {
  const epoch = current.clearedAt;
  const merged = mergeEnvelopes(
    { ...before, clearedAt: epoch },
    { ...keepAfter(current, since), clearedAt: epoch },
  );
  return { ...merged, updatedAt: at, clearedAt: nextClearedAt(current, at) };
}
