/**
 * Schema versions and the pure steps between them. Each step takes the previous version's data
 * and returns the next version's; `migrate` runs the chain and validates the result as a whole.
 * To add a version: write its schema, add a { from, to } step here with fixture tests, bump
 * PROGRESS_VERSION. Never edit an old step: learners' browsers still hold data in that shape.
 */
import * as z from 'zod/mini';
import { responseSchema } from '../quiz/responseSchema';
import {
  describeIssues,
  MAX_TIME,
  PROGRESS_VERSION,
  type ProgressEnvelope,
  progressEnvelopeSchema,
} from './schema';

/**
 * v0, the flat shape the first prototype kept (no `version` field): the latest answer per
 * question with an ISO date, a list of percentages per quiz, and the doc ids marked done.
 */
export const progressV0Schema = z.lazy(() =>
  z.object({
    answers: z.record(
      z.string(),
      z.object({
        quiz: z.string(),
        response: responseSchema,
        score: z.number().check(z.gte(0), z.lte(1)),
        at: z.string(),
      }),
    ),
    scores: z._default(
      z.record(z.string(), z.array(z.object({ percent: z.number(), passed: z.boolean(), at: z.string() }))),
      {},
    ),
    done: z._default(z.array(z.string()), []),
  }),
);

export type ProgressV0 = z.infer<typeof progressV0Schema>;

// v0 dates may be missing or odd; 0 ("long ago") loses every merge, which is the safe side.
const toTime = (iso: string): number => {
  const time = Date.parse(iso);
  return Number.isFinite(time) && time >= 0 ? time : 0;
};

/** v0 → v1. Hashes were not kept in v0, so they are empty: those answers show as "changed". */
export function migrateV0toV1(v0: ProgressV0): unknown {
  const questions = Object.entries(v0.answers).map(([id, a]) => [
    id,
    {
      quizId: a.quiz,
      response: a.response,
      fraction: a.score,
      correct: a.score === 1,
      hash: '',
      answeredAt: toTime(a.at),
    },
  ]);
  const quizzes = Object.entries(v0.scores).map(([quizId, scores]) => [
    quizId,
    {
      attempts: scores.map((s, index) => {
        const at = toTime(s.at);
        const percent = Math.min(100, Math.max(0, s.percent));
        const base = { id: `v0-${index}`, startedAt: at, finishedAt: at, mode: 'practice' };
        return { ...base, earned: percent, possible: 100, percent, passed: s.passed };
      }),
    },
  ]);
  const lessons = v0.done.map((docId) => [docId, { markedDone: true, markedAt: 0 }]);
  const times = [0, ...questions.map(([, q]) => (q as { answeredAt: number }).answeredAt)];
  return {
    version: 1,
    updatedAt: Math.max(...times),
    questions: Object.fromEntries(questions),
    quizzes: Object.fromEntries(quizzes),
    lessons: Object.fromEntries(lessons),
  };
}

/** The parts of v1 that v1 → v2 reads; the result is validated as a whole v2 envelope afterwards. */
const progressV1Schema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    questions: z.record(
      z.string(),
      z.object({ quizId: z.string(), hash: z.string(), answeredAt: z.number(), response: z.unknown() }),
    ),
    quizzes: z.record(z.string(), z.object({ attempts: z.array(z.unknown()) })),
  }),
);

type ProgressV1 = z.infer<typeof progressV1Schema>;

/**
 * v1 → v2. v1 kept only each question's latest answer and, on a reload, showed those answers
 * checked, in a fresh practice attempt. v2 saves the attempt on screen, so each quiz that has
 * answers gets that very attempt as its current one: the learner sees what v1 showed them.
 */
export function migrateV1toV2(v1: ProgressV1 & Record<string, unknown>): unknown {
  const byQuiz = new Map<string, [string, ProgressV1['questions'][string]][]>();
  for (const [questionId, record] of Object.entries(v1.questions)) {
    const list = byQuiz.get(record.quizId) ?? [];
    list.push([questionId, record]);
    byQuiz.set(record.quizId, list);
  }
  const quizzes: Record<string, unknown> = { ...v1.quizzes };
  for (const [quizId, answers] of byQuiz) {
    const times = answers.map(([, record]) => record.answeredAt);
    const updatedAt = Math.max(...times);
    const questions = answers.map(([questionId, { response, hash, answeredAt }]) => [
      questionId,
      { response, checked: true, hash, answeredAt },
    ]);
    const attempts = Object.prototype.hasOwnProperty.call(v1.quizzes, quizId)
      ? v1.quizzes[quizId]!.attempts
      : [];
    quizzes[quizId] = {
      attempts,
      current: {
        id: `m1-${updatedAt.toString(36)}`,
        number: attempts.length + 1,
        mode: 'practice',
        startedAt: Math.min(...times),
        updatedAt,
        questions: Object.fromEntries(questions),
      },
    };
  }
  return { ...v1, version: 2, quizzes };
}

/** The parts of v2 that v2 → v3 reads. */
const progressV2Schema = z.lazy(() =>
  z.object({
    version: z.literal(2),
    questions: z.record(
      z.string(),
      z.object({ hash: z.string(), answeredAt: z.number(), correct: z.boolean() }),
    ),
  }),
);

type ProgressV2 = z.infer<typeof progressV2Schema>;

// The first intervals v3 shipped with, copied here on purpose: this step must keep giving the same
// result even if src/review/entry.ts changes later (learners' browsers still hold v2 data).
const V3_DAY_MS = 86_400_000;
const V3_FIRST_DAYS = { wrong: 1, right: 3 };

/**
 * v2 → v3: every question with a latest answer enters spaced review as if that answer had just
 * been graded in the lesson (v3 does this with every new answer): a wrong one is due a day after
 * it was given, a right one three days after, for the question's version the answer was to.
 */
export function migrateV2toV3(v2: ProgressV2 & Record<string, unknown>): unknown {
  const review = Object.entries(v2.questions).map(([questionId, { hash, answeredAt, correct }]) => {
    const days = correct ? V3_FIRST_DAYS.right : V3_FIRST_DAYS.wrong;
    const due = Math.min(answeredAt + days * V3_DAY_MS, MAX_TIME);
    const schedule = { hash, due, last: answeredAt, grade: correct ? 3 : 1 };
    return [questionId, schedule] as const;
  });
  return { ...v2, version: 3, review: Object.fromEntries(review) };
}

export interface MigrationStep {
  from: number;
  to: number;
  /** Returns the next version's data, or a reason when the input is not valid `from` data. */
  run: (data: unknown) => { ok: true; data: unknown } | { ok: false; reason: string };
}

/** The chain, oldest first. */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 0,
    to: 1,
    run: (data) => {
      const parsed = progressV0Schema.safeParse(data);
      return parsed.success
        ? { ok: true, data: migrateV0toV1(parsed.data) }
        : { ok: false, reason: describeIssues(parsed.error) };
    },
  },
  {
    from: 1,
    to: 2,
    run: (data) => {
      const parsed = progressV1Schema.safeParse(data);
      return parsed.success
        ? // Read from the data itself: the parse only checked the fields this step reads (and
          // drops the rest, which the v2 schema checks afterwards).
          { ok: true, data: migrateV1toV2(data as ProgressV1 & Record<string, unknown>) }
        : { ok: false, reason: describeIssues(parsed.error) };
    },
  },
  {
    from: 2,
    to: 3,
    run: (data) => {
      const parsed = progressV2Schema.safeParse(data);
      return parsed.success
        ? // As above: the rest of the data is checked as a whole v3 envelope afterwards.
          { ok: true, data: migrateV2toV3(data as ProgressV2 & Record<string, unknown>) }
        : { ok: false, reason: describeIssues(parsed.error) };
    },
  },
];

export type MigrationResult =
  | { status: 'ok'; data: ProgressEnvelope; migrated: boolean; fromVersion: number }
  | { status: 'newer'; version: number; migrated: false }
  | { status: 'unreadable'; reason: string; migrated: false };

/** The version a parsed value claims: its `version`, 0 for the unversioned v0 shape, else null. */
export function detectVersion(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  if (Object.prototype.hasOwnProperty.call(raw, 'version')) {
    const version = (raw as { version: unknown }).version;
    return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
  }
  return Object.prototype.hasOwnProperty.call(raw, 'answers') ? 0 : null;
}

/** Brings parsed data of any known version to the current one; pure, never throws. */
export function migrate(raw: unknown): MigrationResult {
  const fromVersion = detectVersion(raw);
  if (fromVersion === null) {
    return { status: 'unreadable', reason: 'it has no progress version number', migrated: false };
  }
  if (fromVersion > PROGRESS_VERSION) return { status: 'newer', version: fromVersion, migrated: false };
  let data = raw;
  for (let version = fromVersion; version < PROGRESS_VERSION;) {
    const step = MIGRATIONS.find((s) => s.from === version);
    if (!step)
      return { status: 'unreadable', reason: `no migration from version ${version}`, migrated: false };
    const next = step.run(data);
    if (!next.ok) return { status: 'unreadable', reason: next.reason, migrated: false };
    data = next.data;
    version = step.to;
  }
  const parsed = progressEnvelopeSchema.safeParse(data);
  if (!parsed.success) return { status: 'unreadable', reason: describeIssues(parsed.error), migrated: false };
  return { status: 'ok', data: parsed.data, migrated: fromVersion !== PROGRESS_VERSION, fromVersion };
}
