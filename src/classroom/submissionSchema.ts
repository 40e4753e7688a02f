/**
 * The submission formats, one zod/mini schema per version. Version 2 adds each assigned question's
 * latest answer (the learner's own response, its credit and the question's content hash), so the
 * gradebook can show what the class missed; version 1 (best scores only) is still read.
 */
import * as z from 'zod/mini';
import { responseSchema } from '@site/src/quiz/responseSchema';
import { contentHashSchema, docIdSchema, progressIdSchema, timeSchema } from '@site/src/progress/schema';

export const SUBMISSION_KIND = 'wcmai-submission';
export const SUBMISSION_VERSION = 2;
/** Files and codes larger than this are refused unread (a whole course's submission is ~60 KB). */
export const SUBMISSION_MAX_BYTES = 256 * 1024;

const checksumSchema = z.string().check(z.regex(/^[0-9a-f]{8}$/));

const common = {
  kind: z.literal(SUBMISSION_KIND),
  assignmentId: checksumSchema,
  assignmentTitle: z.string().check(z.maxLength(120)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  submittedAt: timeSchema,
  complete: z.boolean(),
  quizzes: z
    .array(
      z.strictObject({
        quizId: progressIdSchema,
        best: z.nullable(z.number().check(z.gte(0), z.lte(100))),
        attempts: z.int().check(z.gte(0), z.lte(100_000)),
        lastAttemptAt: z.optional(timeSchema),
      }),
    )
    .check(z.maxLength(300)),
  lessons: z.array(z.strictObject({ docId: docIdSchema, complete: z.boolean() })).check(z.maxLength(300)),
  checksum: checksumSchema,
};

export const submissionV1Schema = z.strictObject({ ...common, version: z.literal(1) });

/** One question's latest answer: what the learner chose or typed, and how it was graded. */
export const submittedAnswerSchema = z.strictObject({
  questionId: progressIdSchema,
  quizId: progressIdSchema,
  response: responseSchema,
  fraction: z.number().check(z.gte(0), z.lte(1)),
  correct: z.boolean(),
  hash: contentHashSchema,
  answeredAt: timeSchema,
});

export const submissionV2Schema = z.strictObject({
  ...common,
  version: z.literal(2),
  answers: z.array(submittedAnswerSchema).check(z.maxLength(5000)),
});

export type SubmissionV1 = z.infer<typeof submissionV1Schema>;
export type SubmittedAnswer = z.infer<typeof submittedAnswerSchema>;
/** A submission as the gradebook uses it: version 2, or version 1 read with no answers. */
export type Submission = z.infer<typeof submissionV2Schema> | (SubmissionV1 & { answers: [] });

export type SubmissionProblem =
  'too-large' | 'not-a-submission' | 'bad-checksum' | 'truncated' | 'unknown-version' | 'wrong-assignment';
export type SubmissionParse =
  { ok: true; submission: Submission } | { ok: false; problem: SubmissionProblem; reason: string };
