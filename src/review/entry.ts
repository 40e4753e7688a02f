/**
 * How a question enters spaced review, as plain data: this runs on every page (the progress store
 * writes it with each graded lesson answer), so it must not load the scheduler. The scheduler
 * itself (./scheduler.ts, ts-fsrs) loads only on /review and picks up from what is written here.
 */
import { MAX_TIME, type ReviewRecord } from '../progress/schema';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** FSRS's grades: a wrong answer is always "again"; a right one is "good" unless the learner says otherwise. */
export const GRADE = { again: 1, hard: 2, good: 3, easy: 4 } as const;
export type ReviewGrade = (typeof GRADE)[keyof typeof GRADE];

/**
 * Days from a question's first grade to its first review: ts-fsrs's own first intervals under this
 * course's settings (no fuzz, no same-day steps). entry.test.ts checks them against ts-fsrs, so an
 * upgrade that changes them fails there instead of drifting silently.
 */
export const FIRST_INTERVAL_DAYS: Readonly<Record<ReviewGrade, number>> = { 1: 1, 2: 2, 3: 3, 4: 8 };

/** A fresh schedule: graded `grade` at `at`, for this version of the question. */
export function firstSchedule(hash: string, grade: ReviewGrade, at: number): ReviewRecord {
  return { hash, due: Math.min(at + FIRST_INTERVAL_DAYS[grade] * DAY_MS, MAX_TIME), last: at, grade };
}

export interface LessonGrade {
  hash: string;
  correct: boolean;
  at: number;
}

/**
 * The schedule after an answer graded in a lesson. The first answer starts it, and so does the first
 * answer to a changed question (new hash). A wrong answer starts it again, so a question missed in
 * the lesson comes back the next day; a right one leaves the schedule as it is. Returns `current`
 * itself when nothing changes.
 */
export function afterLessonAnswer(
  current: ReviewRecord | undefined,
  answer: LessonGrade,
): ReviewRecord | undefined {
  const grade = answer.correct ? GRADE.good : GRADE.again;
  if (!current || current.hash !== answer.hash) return firstSchedule(answer.hash, grade, answer.at);
  if (answer.correct || answer.at < current.last) return current;
  return firstSchedule(answer.hash, grade, answer.at);
}
