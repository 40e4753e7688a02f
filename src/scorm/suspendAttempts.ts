/**
 * The attempts part of suspend_data (see suspendData.ts): finished attempts as
 *   [id, started, finished, mode (0 practice, 1 test), earned, possible, percent, pass mark (-1 none), passed]
 * and the attempt on screen as
 *   [id, number, mode, started, updated, finished (null: open), show correct, [answer…]]
 * with one answer per question of the quiz, 0 for none: [response, checked, hints shown, answered].
 * An attempt's id is `<started in base 36>-<random>`, so only the random part is written; another
 * id is written whole after '!'.
 */
import type { AnswerEntry, QuizAttempt } from '@site/src/quiz/attempt';
import type { Attempt } from '@site/src/progress/schema';
import { decodeResponse, encodeResponse } from './responseCodes';
import type { LayoutQuiz } from './suspendLayout';

type Json = null | number | string | Json[];
type Offset = (time: number) => number;
type Time = (offset: unknown) => number;

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const round2 = (value: number) => Math.round(value * 100) / 100;

function idCode(id: string, startedAt: number): string {
  const prefix = `${startedAt.toString(36)}-`;
  return id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : `!${id}`;
}

function idFrom(code: unknown, startedAt: number): string | null {
  if (typeof code !== 'string' || code === '') return null;
  return code.startsWith('!') ? code.slice(1) : `${startedAt.toString(36)}-${code}`;
}

/** The attempts worth keeping: the best (it decides score and pass), then the latest, in their order. */
export function keptAttempts(attempts: readonly Attempt[], max: number): Attempt[] {
  if (attempts.length <= max) return [...attempts];
  const best = attempts.reduce((a, b) => (b.percent > a.percent ? b : a));
  const others = attempts.filter((a) => a !== best);
  const latest = others.slice(others.length - (max - 1));
  return attempts.filter((a) => a === best || latest.includes(a));
}

export function encodeAttempts(attempts: readonly Attempt[], offset: Offset, max: number): Json[] {
  return keptAttempts(attempts, max).map((a) => [
    idCode(a.id, a.startedAt),
    offset(a.startedAt),
    offset(a.finishedAt),
    a.mode === 'test' ? 1 : 0,
    round2(a.earned),
    round2(a.possible),
    round2(a.percent),
    a.passMark ?? -1,
    a.passed ? 1 : 0,
  ]);
}

export function decodeAttempts(list: unknown, time: Time): Attempt[] {
  if (!isList(list)) return [];
  return list.flatMap((entry): Attempt[] => {
    if (!isList(entry) || !entry.slice(4, 8).every(isNumber)) return [];
    const startedAt = time(entry[1]);
    const id = idFrom(entry[0], startedAt);
    if (!id) return [];
    const [earned, possible, percent, passMark] = entry.slice(4, 8) as number[];
    return [
      {
        id,
        startedAt,
        finishedAt: time(entry[2]),
        mode: entry[3] === 1 ? 'test' : 'practice',
        earned: earned!,
        possible: possible!,
        percent: percent!,
        ...(passMark! >= 0 ? { passMark } : {}),
        passed: entry[8] === 1,
      },
    ];
  });
}

function encodeEntry(entry: AnswerEntry | undefined, hash: string, offset: Offset, shortCap: number): Json {
  // An answer to an earlier version of the question is set aside on screen: it is not kept.
  if (!entry || (entry.hash !== undefined && entry.hash !== hash)) return 0;
  const code = entry.response === undefined ? null : encodeResponse(entry.response, shortCap);
  if (code === null && !entry.hintsShown) return 0;
  return [
    code,
    entry.checked ? 1 : 0,
    entry.hintsShown ?? 0,
    entry.answeredAt === undefined ? null : offset(entry.answeredAt),
  ];
}

export function encodeCurrent(
  attempt: QuizAttempt,
  quiz: LayoutQuiz,
  offset: Offset,
  shortCap: number,
): Json {
  if (attempt.id === '') return 0;
  const entries = quiz.questions.map((q) => encodeEntry(attempt.questions[q.id], q.hash, offset, shortCap));
  while (entries.length > 0 && entries[entries.length - 1] === 0) entries.pop();
  return [
    idCode(attempt.id, attempt.startedAt),
    attempt.number,
    attempt.mode === 'test' ? 1 : 0,
    offset(attempt.startedAt),
    offset(attempt.updatedAt),
    attempt.finishedAt === undefined ? null : offset(attempt.finishedAt),
    attempt.showCorrect ? 1 : 0,
    entries,
  ];
}

export function decodeCurrent(value: unknown, quiz: LayoutQuiz, time: Time): QuizAttempt | undefined {
  if (!isList(value) || !isNumber(value[1]) || !isList(value[7])) return undefined;
  const startedAt = time(value[3]);
  const id = idFrom(value[0], startedAt);
  if (!id) return undefined;
  const questions: Record<string, AnswerEntry> = {};
  quiz.questions.forEach((question, index) => {
    const entry = (value[7] as unknown[])[index];
    if (!isList(entry)) return;
    const response = entry[0] === null ? null : decodeResponse(question.type, entry[0]);
    const hints = isNumber(entry[2]) && entry[2] > 0 ? { hintsShown: entry[2] } : {};
    const answered = response
      ? {
          response,
          hash: question.hash,
          answeredAt: time(entry[3]),
          ...(entry[1] === 1 ? { checked: true as const } : {}),
        }
      : {};
    if (response || hints.hintsShown) questions[question.id] = { ...answered, ...hints };
  });
  return {
    id,
    number: value[1],
    mode: value[2] === 1 ? 'test' : 'practice',
    startedAt,
    updatedAt: time(value[4]),
    ...(value[5] === null || value[5] === undefined ? {} : { finishedAt: time(value[5]) }),
    ...(value[6] === 1 ? { showCorrect: true as const } : {}),
    questions,
  };
}
