/**
 * The one schema for a learner's saved progress: the envelope kept in localStorage, and the very
 * same shape in export files. Everything read from storage or a file goes through it, because both
 * are untrusted input. Times are epoch milliseconds (compact, and compared as numbers when merging).
 */
import * as z from 'zod/mini';
import { MAX_EARLIER_TRIES } from '../quiz/attemptLimits';
import { idSchema, quizModeSchema, responseSchema } from '../quiz/responseSchema';

export const PROGRESS_VERSION = 3;

/** Keys that could reach Object.prototype; dropped when parsing JSON and refused as ids. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// Date's own upper bound: a "timestamp" beyond it is not a time, and would win every merge forever.
export const MAX_TIME = 8.64e15;
const notForbidden = (key: string) => !FORBIDDEN_KEYS.has(key);
const allowedKey = { message: 'an id other than "__proto__", "constructor" or "prototype"' };

export const timeSchema = z.int().check(z.gte(0), z.lte(MAX_TIME));

/** Quiz and question ids: the quiz engine's kebab-case ids. */
export const progressIdSchema = idSchema.check(z.maxLength(100), z.refine(notForbidden, allowedKey));

/** The rules for a doc id and a page path, shared with the visit's plain checks (withVisit in updates.ts). */
export const DOC_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
export const MAX_DOC_ID = 200;
// A path on this site: "//host/..." would be another site's address.
export const SITE_PATH_PATTERN = /^\/(?!\/)/;
export const MAX_PATH = 500;
export const MAX_TITLE = 300;

/** Docusaurus doc ids contain slashes (e.g. "unit-1-two-levers/01-defense-production-act"). */
export const docIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_DOC_ID),
    z.regex(DOC_ID_PATTERN, { message: 'a Docusaurus doc id such as "unit-1/01-intro"' }),
    z.refine(notForbidden, allowedKey),
  );

/** A content hash from questionContentHash; empty when unknown (answers migrated from v0). */
export const contentHashSchema = z
  .string()
  .check(z.regex(/^[0-9a-f]{0,32}$/, { message: 'a hex content hash' }));

export const questionRecordSchema = z.lazy(() =>
  z.object({
    quizId: progressIdSchema,
    response: responseSchema,
    fraction: z.number().check(z.gte(0), z.lte(1)),
    correct: z.boolean(),
    hash: contentHashSchema,
    answeredAt: timeSchema,
  }),
);

export const attemptIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, { message: 'an attempt id' }));

export const attemptSchema = z.lazy(() =>
  z.object({
    id: attemptIdSchema,
    startedAt: timeSchema,
    finishedAt: timeSchema,
    mode: quizModeSchema,
    earned: z.number().check(z.gte(0), z.lte(1e6)),
    possible: z.number().check(z.gte(0), z.lte(1e6)),
    percent: z.number().check(z.gte(0), z.lte(100)),
    /** The pass mark the attempt was judged against (v2; absent in older records). */
    passMark: z.optional(z.number().check(z.gte(0), z.lte(100))),
    passed: z.boolean(),
  }),
);

const earlierTrySchema = z.object({
  response: responseSchema,
  fraction: z.number().check(z.gte(0), z.lte(1)),
  at: timeSchema,
});

/** One question within the attempt on screen (see src/quiz/attempt.ts, AnswerEntry). */
export const answerEntrySchema = z.lazy(() =>
  z.object({
    response: z.optional(responseSchema),
    checked: z.optional(z.literal(true)),
    hintsShown: z.optional(z.int().check(z.gte(0), z.lte(100))),
    hash: z.optional(contentHashSchema),
    answeredAt: z.optional(timeSchema),
    earlier: z.optional(z.array(earlierTrySchema).check(z.maxLength(MAX_EARLIER_TRIES))),
  }),
);

/**
 * The attempt on screen, open or finished (v2; see src/quiz/attempt.ts, QuizAttempt). A finished
 * one stays here, so a reload shows its result, until the learner starts a new attempt.
 */
export const quizAttemptSchema = z.lazy(() =>
  z.object({
    id: attemptIdSchema,
    number: z.int().check(z.gte(1), z.lte(1e6)),
    mode: quizModeSchema,
    startedAt: timeSchema,
    updatedAt: timeSchema,
    finishedAt: z.optional(timeSchema),
    showCorrect: z.optional(z.literal(true)),
    questions: z.record(progressIdSchema, answerEntrySchema),
  }),
);

export const quizRecordSchema = z.lazy(() =>
  z.object({
    /** Finished attempts, oldest first. */
    attempts: z.array(attemptSchema).check(
      z.maxLength(2000),
      z.refine((list) => new Set(list.map((a) => a.id)).size === list.length, {
        message: 'attempt ids must be unique',
      }),
    ),
    current: z.optional(quizAttemptSchema),
  }),
);

/**
 * `markedAt` is when "Mark as done" last changed, so two tabs can agree on the latest choice.
 * Completion itself is derived (see derive.ts), like best score, so it is never stored twice.
 */
export const lessonRecordSchema = z.lazy(() =>
  z.object({
    visitedAt: z.optional(timeSchema),
    markedDone: z.optional(z.boolean()),
    markedAt: z.optional(timeSchema),
  }),
);

export const lastPageSchema = z.lazy(() =>
  z.object({
    path: z
      .string()
      .check(
        z.minLength(1),
        z.maxLength(MAX_PATH),
        z.regex(SITE_PATH_PATTERN, { message: 'a path on this site such as "/docs/start-here"' }),
      ),
    title: z.string().check(z.maxLength(MAX_TITLE)),
    at: timeSchema,
  }),
);

/** A grade on the review scale (FSRS's ratings): 1 again (wrong), 2 hard, 3 good, 4 easy. */
export const reviewGradeSchema = z.int().check(z.gte(1), z.lte(4));

/** What the scheduler remembers about a question after a review on /review (see src/review/). */
export const reviewMemorySchema = z.lazy(() =>
  z.object({
    stability: z.number().check(z.gte(0), z.lte(1e6)),
    difficulty: z.number().check(z.gte(0), z.lte(10)),
    reps: z.int().check(z.gte(0), z.lte(1e6)),
    lapses: z.int().check(z.gte(0), z.lte(1e6)),
    state: z.int().check(z.gte(0), z.lte(3)),
  }),
);

/**
 * A question's review schedule (v3): the version of the question it is for, when it is next due,
 * and its last grade. `memory` is absent while the only grade is the lesson's (the scheduler then
 * starts from that grade), so the code on every page writes plain data and never needs the scheduler.
 */
export const reviewRecordSchema = z.lazy(() =>
  z.object({
    hash: contentHashSchema,
    due: timeSchema,
    /** When it was last graded (in a lesson or on /review): of two tabs' copies, the later wins. */
    last: timeSchema,
    grade: reviewGradeSchema,
    memory: z.optional(reviewMemorySchema),
  }),
);

/**
 * Envelope v3 (v2 had no `review`; v1 had no `current` attempt per quiz and no `passMark` per
 * attempt). Unknown keys are stripped (zod's default), so only these allow-listed fields are
 * ever kept or exported; a test pins that policy. `clearedAt` marks a reset or a replacing import:
 * other tabs drop what they recorded before it instead of merging it back.
 */
export const progressEnvelopeSchema = z.lazy(() =>
  z.object({
    version: z.literal(PROGRESS_VERSION),
    updatedAt: timeSchema,
    clearedAt: z.optional(timeSchema),
    questions: z.record(progressIdSchema, questionRecordSchema),
    quizzes: z.record(progressIdSchema, quizRecordSchema),
    lessons: z.record(docIdSchema, lessonRecordSchema),
    review: z.record(progressIdSchema, reviewRecordSchema),
    lastPage: z.optional(lastPageSchema),
    lastExportAt: z.optional(timeSchema),
  }),
);

export type ProgressEnvelope = z.infer<typeof progressEnvelopeSchema>;
export type QuestionRecord = z.infer<typeof questionRecordSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type QuizRecord = z.infer<typeof quizRecordSchema>;
export type StoredAttempt = z.infer<typeof quizAttemptSchema>;
export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type LastPage = z.infer<typeof lastPageSchema>;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type ReviewMemory = z.infer<typeof reviewMemorySchema>;

/** A fresh, empty envelope ("no progress yet"). */
export function emptyProgress(updatedAt = 0): ProgressEnvelope {
  return { version: PROGRESS_VERSION, updatedAt, questions: {}, quizzes: {}, lessons: {}, review: {} };
}

/** The own entry of a record, or undefined: never reads inherited names such as "toString". */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** One readable line per problem (at most `limit`), each under 80 characters; never throws. */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  return error.issues
    .slice(0, limit)
    .map((issue) => {
      const where = issue.path.map((part) => String(part)).join(' › ');
      const line = where ? `${where}: ${issue.message}` : issue.message;
      // Paths quote keys from the input; keep them short (they are shown as text, never as HTML).
      return line.length > 80 ? `${line.slice(0, 79)}…` : line;
    })
    .join('; ');
}
