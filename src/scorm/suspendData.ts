/**
 * The learner's progress in a package as suspend_data, so it follows them from device to device
 * through the LMS. SCORM 1.2 allows 4,096 characters, so the text holds only what restores their
 * answers and attempts, by position (suspendLayout.ts) instead of id, as JSON arrays, deflated and
 * written in base64url after the format tag `w1.`:
 *   [1, base time, lessons fingerprint, [[lesson, marked at, done]…], [quiz…]]
 *   quiz = 0 | [fingerprint, [attempt…], current | 0, [latest answer…]]
 * Times are milliseconds before the base time. A quiz whose questions changed since (another
 * fingerprint) keeps only its finished attempts' scores. When the text would be too long, less is
 * kept, level by level (DETAIL_LEVELS): fewer finished attempts, shorter typed answers, then no latest
 * answers, then only the open attempts on screen, then only scores. Earlier tries of a question
 * ("Try this question again") are never kept: they are statistics, not answers.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { QuizAttempt } from '@site/src/quiz/attempt';
import {
  type Attempt,
  getOwn,
  type ProgressEnvelope,
  PROGRESS_VERSION,
  progressEnvelopeSchema,
  type QuestionRecord,
} from '@site/src/progress/schema';
import { decodeAttempts, decodeCurrent, encodeAttempts, encodeCurrent } from './suspendAttempts';
import { decodeResponse, encodeResponse } from './responseCodes';
import type { LayoutQuiz, SuspendLayout } from './suspendLayout';
import { firstSchedule, GRADE } from '@site/src/review/entry';

export const SUSPEND_TAG = 'w1.';

export interface DetailLevel {
  /** Finished attempts kept per quiz: the best one, then the latest. */
  maxAttempts: number;
  /** Characters kept of a typed answer. */
  shortCap: number;
  /** Which attempts on screen are kept. */
  current: 'all' | 'open' | 'none';
  /** Whether each question's latest graded answer is kept (for the sidebar and /progress figures). */
  latest: boolean;
}

export const DETAIL_LEVELS: readonly DetailLevel[] = [
  { maxAttempts: 3, shortCap: 100, current: 'all', latest: true },
  { maxAttempts: 2, shortCap: 40, current: 'all', latest: true },
  { maxAttempts: 1, shortCap: 20, current: 'all', latest: false },
  { maxAttempts: 1, shortCap: 20, current: 'open', latest: false },
  { maxAttempts: 1, shortCap: 0, current: 'none', latest: false },
];

type Json = null | number | string | Json[];

/** Drops trailing empty entries (0) of a list aligned with the questions: most quizzes end untouched. */
function trimmed(list: Json[]): Json[] {
  let end = list.length;
  while (end > 0 && list[end - 1] === 0) end -= 1;
  return list.slice(0, end);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function encodeLatest(
  envelope: ProgressEnvelope,
  quiz: LayoutQuiz,
  current: QuizAttempt | undefined,
  offset: (time: number) => number,
  level: DetailLevel,
): Json[] {
  return trimmed(
    quiz.questions.map((question) => {
      const record = getOwn(envelope.questions, question.id);
      if (!record || record.quizId !== quiz.id || (record.hash !== '' && record.hash !== question.hash))
        return 0;
      const code = encodeResponse(record.response, level.shortCap);
      if (code === null) return 0;
      const shown = current ? getOwn(current.questions, question.id)?.response : undefined;
      const entry: Json[] = [Math.round(record.fraction * 10000), offset(record.answeredAt)];
      // Most latest answers are the answer on screen: say so instead of writing it twice.
      return sameJson(shown, record.response) ? entry : [...entry, code];
    }),
  );
}

function encodeQuiz(
  envelope: ProgressEnvelope,
  quiz: LayoutQuiz,
  offset: (t: number) => number,
  level: DetailLevel,
): Json {
  const record = getOwn(envelope.quizzes, quiz.id);
  const hasLatest = quiz.questions.some((q) => getOwn(envelope.questions, q.id)?.quizId === quiz.id);
  if (!record && !hasLatest) return 0;
  const attempts = encodeAttempts(record?.attempts ?? [], offset, level.maxAttempts);
  const current = record?.current;
  const keepCurrent =
    current !== undefined &&
    (level.current === 'all' || (level.current === 'open' && current.finishedAt === undefined));
  return [
    quiz.fingerprint,
    attempts,
    keepCurrent ? encodeCurrent(current, quiz, offset, level.shortCap) : 0,
    level.latest ? encodeLatest(envelope, quiz, current, offset, level) : [],
  ];
}

/** The progress of a package as JSON arrays, at one level of detail. */
export function suspendJson(envelope: ProgressEnvelope, layout: SuspendLayout, level: DetailLevel): string {
  const base = envelope.updatedAt;
  const offset = (time: number) => base - time;
  const lessons = layout.lessons.flatMap((docId, index): Json[] => {
    const record = getOwn(envelope.lessons, docId);
    return record?.markedDone === undefined
      ? []
      : [[index, offset(record.markedAt ?? base), record.markedDone ? 1 : 0]];
  });
  const quizzes = trimmed(layout.quizzes.map((quiz) => encodeQuiz(envelope, quiz, offset, level)));
  return JSON.stringify([1, base, layout.lessonsFingerprint, lessons, quizzes]);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export interface EncodedProgress {
  text: string;
  /** The index in DETAIL_LEVELS that fitted (0: everything). */
  level: number;
}

/** The most detailed encoding that fits in `limit` characters, or null when not even scores fit. */
export function encodeSuspendData(
  envelope: ProgressEnvelope,
  layout: SuspendLayout,
  limit: number,
): EncodedProgress | null {
  for (const [index, level] of DETAIL_LEVELS.entries()) {
    const json = suspendJson(envelope, layout, level);
    const text = SUSPEND_TAG + toBase64Url(deflateSync(strToU8(json), { level: 9 }));
    if (text.length <= limit) return { text, level: index };
  }
  return null;
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function decodeLatest(
  list: unknown,
  quiz: LayoutQuiz,
  current: QuizAttempt | undefined,
  time: (offset: unknown) => number,
): Record<string, QuestionRecord> {
  const records: Record<string, QuestionRecord> = {};
  if (!isList(list)) return records;
  quiz.questions.forEach((question, index) => {
    const entry = list[index];
    if (!isList(entry) || !isNumber(entry[0])) return;
    const response =
      entry.length > 2
        ? decodeResponse(question.type, entry[2])
        : (getOwn(current?.questions ?? {}, question.id)?.response ?? null);
    if (!response) return;
    const fraction = Math.min(1, Math.max(0, entry[0] / 10000));
    records[question.id] = {
      quizId: quiz.id,
      response,
      fraction,
      correct: fraction === 1,
      hash: question.hash,
      answeredAt: time(entry[1]),
    };
  });
  return records;
}

/**
 * The progress a suspend_data text holds, checked by the progress schema like any file, or null when
 * it is not ours, damaged, or from another course: the learner then keeps what this browser has.
 */
export function decodeSuspendData(text: string, layout: SuspendLayout): ProgressEnvelope | null {
  if (!text.startsWith(SUSPEND_TAG)) return null;
  try {
    const data: unknown = JSON.parse(strFromU8(inflateSync(fromBase64Url(text.slice(SUSPEND_TAG.length)))));
    if (!isList(data) || data[0] !== 1 || !isNumber(data[1]) || !isList(data[3]) || !isList(data[4]))
      return null;
    const base = data[1];
    const time = (offset: unknown) => (isNumber(offset) ? Math.max(0, Math.round(base - offset)) : base);
    const envelope: ProgressEnvelope = {
      version: PROGRESS_VERSION,
      updatedAt: base,
      questions: {},
      quizzes: {},
      lessons: {},
      review: {},
    };
    if (data[2] === layout.lessonsFingerprint) {
      for (const entry of data[3]) {
        const docId = isList(entry) && isNumber(entry[0]) ? layout.lessons[entry[0]] : undefined;
        if (docId && isList(entry))
          envelope.lessons[docId] = { markedDone: entry[2] === 1, markedAt: time(entry[1]) };
      }
    }
    const quizzes = data[4];
    layout.quizzes.forEach((quiz, index) => {
      const saved = quizzes[index];
      if (!isList(saved)) return;
      const attempts: Attempt[] = decodeAttempts(saved[1], time);
      const sameQuiz = saved[0] === quiz.fingerprint;
      const current = sameQuiz ? decodeCurrent(saved[2], quiz, time) : undefined;
      envelope.quizzes[quiz.id] = current ? { attempts, current } : { attempts };
      if (sameQuiz) Object.assign(envelope.questions, decodeLatest(saved[3], quiz, current, time));
    });
    // suspend_data has no room for review schedules: each answered question enters review as a new
    // lesson answer would; the merging import keeps a browser's own later schedule over this one.
    for (const [questionId, { hash, correct, answeredAt }] of Object.entries(envelope.questions))
      envelope.review[questionId] = firstSchedule(hash, correct ? GRADE.good : GRADE.again, answeredAt);
    const checked = progressEnvelopeSchema.safeParse(envelope);
    return checked.success ? checked.data : null;
  } catch {
    return null;
  }
}
