/**
 * Submissions: what a student sends their teacher, as a .json file or a copy-paste code
 * ("WCMAI1." + base64url JSON). Both carry the same JSON with a CRC-32 of its canonical form, so a
 * damaged or hand-edited submission is caught (not forged ones: see the teacher guide). Parsing
 * follows the progress import rules: size cap first, safe JSON (no prototype keys, depth limit),
 * then one strict zod schema, and reasons in plain words that are shown as text only.
 */
import * as z from 'zod/mini';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { canonicalJson } from '@site/src/progress/canonical';
import { attemptsOf, bestScore, isLessonComplete } from '@site/src/progress/derive';
import { parseJsonSafely } from '@site/src/progress/safeJson';
import {
  describeIssues,
  docIdSchema,
  type ProgressEnvelope,
  progressIdSchema,
  timeSchema,
} from '@site/src/progress/schema';
import type { Assignment } from './assignment';
import { crc32, fromBase64Url, toBase64Url } from './checksum';

export const SUBMISSION_KIND = 'wcmai-submission';
export const SUBMISSION_VERSION = 1;
export const CODE_PREFIX = `WCMAI${SUBMISSION_VERSION}.`;
/** Files and codes larger than this are refused unread (a whole course's submission is ~10 KB). */
export const SUBMISSION_MAX_BYTES = 256 * 1024;

export const submissionSchema = z.strictObject({
  kind: z.literal(SUBMISSION_KIND),
  version: z.literal(SUBMISSION_VERSION),
  assignmentId: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
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
  checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
});

export type Submission = z.infer<typeof submissionSchema>;
export type SubmissionProblem =
  'too-large' | 'not-a-submission' | 'bad-checksum' | 'truncated' | 'unknown-version' | 'wrong-assignment';
export type SubmissionParse =
  { ok: true; submission: Submission } | { ok: false; problem: SubmissionProblem; reason: string };

const checksumOf = (body: Omit<Submission, 'checksum'>) => crc32(canonicalJson(body));

/** The student's submission for an assignment from their progress; the name is used only here. */
export function buildSubmission(
  assignment: Assignment,
  progress: ProgressEnvelope,
  outline: CourseOutline,
  name: string,
  now: number,
): Submission {
  const quizzes = assignment.quizzes.map((quizId) => {
    const attempts = attemptsOf(progress, quizId);
    const lastAttemptAt = attempts.length ? Math.max(...attempts.map((a) => a.finishedAt)) : undefined;
    return { quizId, best: bestScore(progress, quizId), attempts: attempts.length, lastAttemptAt };
  });
  const lessonsById = new Map(
    outline.units.flatMap((unit) => unit.lessons.map((l) => [l.docId, l] as const)),
  );
  const lessons = assignment.lessons.map((docId) => {
    const lesson = lessonsById.get(docId);
    return { docId, complete: lesson ? isLessonComplete(progress, lesson) : false };
  });
  const complete = quizzes.every((quiz) => quiz.attempts > 0) && lessons.every((lesson) => lesson.complete);
  const body = {
    kind: SUBMISSION_KIND,
    version: SUBMISSION_VERSION,
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    name: name.trim().slice(0, 100),
    submittedAt: now,
    complete,
    quizzes,
    lessons,
  } as const;
  return { ...body, checksum: checksumOf(body) };
}

/** The .json file: a safe name (letters, digits, dashes) and the canonical JSON text. */
export function submissionFile(submission: Submission): { filename: string; text: string } {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'student';
  return {
    filename: `submission-${slug(submission.name)}-${submission.assignmentId}.json`,
    text: `${canonicalJson(submission, 2)}\n`,
  };
}

/** The copy-paste code: one line, safe in e-mail and LMS text boxes. */
export function submissionCode(submission: Submission): string {
  return `${CODE_PREFIX}${toBase64Url(canonicalJson(submission))}`;
}

const fail = (problem: SubmissionProblem, reason: string): SubmissionParse => ({
  ok: false,
  problem,
  reason,
});
const NOT_ONE = 'This is not a submission from this course.';

function parseJsonText(text: string): SubmissionParse {
  const json = parseJsonSafely(text);
  if (!json.ok) {
    if (json.problem === 'truncated')
      return fail(
        'truncated',
        'This submission is cut off before its end (it was not copied or saved whole).',
      );
    if (json.problem === 'invalid')
      return fail('bad-checksum', 'This submission is damaged: it is not valid JSON any more.');
    return fail('not-a-submission', NOT_ONE);
  }
  const value = json.value as Record<string, unknown>;
  if (typeof value !== 'object' || Array.isArray(value) || value.kind !== SUBMISSION_KIND) {
    return fail('not-a-submission', NOT_ONE);
  }
  if (value.version !== SUBMISSION_VERSION) {
    return fail(
      'unknown-version',
      'This submission was made by a different version of this site; reload the gradebook and try again.',
    );
  }
  const parsed = submissionSchema.safeParse(value);
  if (!parsed.success) return fail('not-a-submission', `${NOT_ONE} (${describeIssues(parsed.error, 1)})`);
  const { checksum, ...body } = parsed.data;
  if (checksumOf(body) !== checksum) {
    return fail(
      'bad-checksum',
      'The checksum does not match: this submission was damaged or edited after it was made.',
    );
  }
  return { ok: true, submission: parsed.data };
}

/** Reads a submission file's text or a code; never throws. byteLength is File.size when known. */
export function parseSubmission(text: string, byteLength = text.length): SubmissionParse {
  if (byteLength > SUBMISSION_MAX_BYTES || text.length > SUBMISSION_MAX_BYTES) {
    return fail('too-large', 'This file is too large to be a submission (the limit is 256 KB).');
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const code = /^WCMAI(\d+)\.(.*)$/s.exec(trimmed);
  if (!code) return parseJsonText(trimmed);
  if (`WCMAI${code[1]}.` !== CODE_PREFIX) {
    return fail(
      'unknown-version',
      'This code was made by a different version of this site; reload the gradebook and try again.',
    );
  }
  const json = fromBase64Url((code[2] ?? '').replace(/\s+/g, ''));
  if (json === null) return fail('truncated', 'This code is cut off or damaged: copy the whole code again.');
  return parseJsonText(json);
}

/** Splits pasted text into codes: each starts at "WCMAI", whatever spaces or lines lie between. */
export function splitCodes(text: string): string[] {
  return text
    .split(/(?=WCMAI\d+\.)/)
    .map((part) => part.replace(/\s+/g, ''))
    .filter((part) => part.length > 0);
}
