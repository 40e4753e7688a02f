/**
 * Reads a submission file's text or a code; never throws. The checksum is checked first, whenever it
 * and the submission's kind can be read, so a damaged or edited submission is called exactly that
 * (not "not a submission" or "another version" because the edit happened to hit a field those
 * checks read). Then the size cap, safe JSON (no prototype keys, depth limit) and one strict schema
 * per version, as for progress imports. Reasons are plain words, shown as text only.
 */
import type * as z from 'zod/mini';
import { canonicalJson } from '@site/src/progress/canonical';
import { parseJsonSafely } from '@site/src/progress/safeJson';
import { crc32 } from './checksum';
import { readCode } from './submissionCode';
import {
  SUBMISSION_KIND,
  SUBMISSION_MAX_BYTES,
  SUBMISSION_VERSION,
  type Submission,
  type SubmissionParse,
  type SubmissionProblem,
  submissionV1Schema,
  submissionV2Schema,
} from './submissionSchema';

const fail = (problem: SubmissionProblem, reason: string): SubmissionParse => ({
  ok: false,
  problem,
  reason,
});

export const REASONS = {
  damaged:
    'Damaged or edited: the checksum no longer matches, so something in it was changed after the student made it. Ask the student to send it again.',
  truncated:
    'Cut off: this submission is not whole (part of the end is missing). Ask the student to send the whole file or code again.',
  notOne: 'This is not a submission from this course.',
  newer:
    'This submission was made by a newer version of this site. Reload the gradebook page and add it again.',
  tooLarge: 'This file is too large to be a submission (the limit is 256 KB).',
} as const;

const damaged = () => fail('bad-checksum', REASONS.damaged);
const truncated = () => fail('truncated', REASONS.truncated);
const notOne = () => fail('not-a-submission', REASONS.notOne);

/** The checksum a submission body (everything but the checksum) should carry. */
export const checksumOf = (body: object) => crc32(canonicalJson(body));

const KIND_FIELD = new RegExp(`"kind"\\s*:\\s*"${SUBMISSION_KIND}"`);
const CHECKSUM_FIELD = /"checksum"\s*:\s*"[0-9a-f]{8}"/;
/** Text that still shows a submission's kind or its checksum beside an assignment id. */
const looksLikeSubmission = (text: string) =>
  KIND_FIELD.test(text) || (CHECKSUM_FIELD.test(text) && /"assignmentId"\s*:/.test(text));

/** The schema of a known version with the checksum already verified; anything else is not ours. */
function byVersion(value: Record<string, unknown>): SubmissionParse {
  if (typeof value.version === 'number' && value.version > SUBMISSION_VERSION)
    return fail('unknown-version', REASONS.newer);
  const schema: z.ZodMiniType = value.version === 1 ? submissionV1Schema : submissionV2Schema;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return notOne();
  const data = parsed.data as Submission;
  return { ok: true, submission: value.version === 1 ? { ...data, answers: [] } : data };
}

/** A submission's JSON (a file, or the inside of a version 1 code), checksum first. */
export function parseSubmissionJson(text: string): SubmissionParse {
  const json = parseJsonSafely(text);
  if (!json.ok) {
    if (json.problem === 'too-deep' || !looksLikeSubmission(text))
      return json.problem === 'truncated' ? truncated() : notOne();
    // Readable but broken: a cut-off text stops before its closing brace; anything else was changed.
    return json.problem === 'truncated' && !text.trimEnd().endsWith('}') ? truncated() : damaged();
  }
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notOne();
  const { checksum, ...body } = value as Record<string, unknown>;
  if (body.kind !== SUBMISSION_KIND && !looksLikeSubmission(text)) return notOne();
  // Ours by its kind or checksum: any edit, even to those fields, is damage.
  if (typeof checksum !== 'string' || checksumOf(body) !== checksum) return damaged();
  if (body.kind !== SUBMISSION_KIND) return damaged();
  return byVersion(value as Record<string, unknown>);
}

/** Reads a submission file's text or a code; never throws. byteLength is File.size when known. */
export function parseSubmission(text: string, byteLength = text.length): SubmissionParse {
  if (byteLength > SUBMISSION_MAX_BYTES || text.length > SUBMISSION_MAX_BYTES) {
    return fail('too-large', REASONS.tooLarge);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '' || trimmed.startsWith('{') || trimmed.startsWith('['))
    return parseSubmissionJson(trimmed);
  const code = readCode(trimmed);
  switch (code.kind) {
    case 'not-a-code':
      // A file whose first brace was edited away still shows its fields.
      return looksLikeSubmission(trimmed) ? parseSubmissionJson(trimmed) : notOne();
    case 'damaged':
      return damaged();
    case 'truncated':
      return truncated();
    case 'newer':
      return fail('unknown-version', REASONS.newer);
    case 'json': {
      const result = parseSubmissionJson(code.json);
      // A version 1 code whose prefix was edited: the inside is sound, the prefix is not.
      if (result.ok && result.submission.version !== code.prefixVersion) return damaged();
      return result;
    }
    case 'framed': {
      const json = parseJsonSafely(code.json);
      if (!json.ok || typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) {
        return notOne();
      }
      const value: Record<string, unknown> = { ...(json.value as object), checksum: code.checksum };
      if (value.kind !== SUBMISSION_KIND) return notOne();
      // The prefix says one version, the checked JSON another: the prefix was edited.
      if (value.version !== code.prefixVersion) return damaged();
      return byVersion(value);
    }
  }
}
