/**
 * The review scheduler: FSRS through ts-fsrs, loaded only by /review. It turns a question's saved
 * schedule (plain data, see ./entry.ts) into an FSRS card, grades it, and returns the next schedule
 * as plain data again. Fuzz is off so every tab, and every test, computes the same dates; same-day
 * learning steps are off because a course's questions come back over days, not minutes.
 */
import { type Card, createEmptyCard, fsrs, generatorParameters, type Grade, State } from 'ts-fsrs';
import type { ReviewRecord } from '../progress/schema';
import { DAY_MS, GRADE, type ReviewGrade } from './entry';

/** No question waits more than a year: a course is reviewed at least once a year. */
export const MAX_INTERVAL_DAYS = 365;

export const SCHEDULER = fsrs(
  generatorParameters({ enable_fuzz: false, enable_short_term: false, maximum_interval: MAX_INTERVAL_DAYS }),
);

/** The card a saved schedule stands for. Without memory, only the lesson's grade is known: replay it. */
export function cardOf(record: ReviewRecord): Card {
  const { memory } = record;
  if (!memory) return SCHEDULER.next(createEmptyCard(record.last), record.last, record.grade as Grade).card;
  return {
    due: new Date(record.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: 0,
    scheduled_days: Math.round((record.due - record.last) / DAY_MS),
    learning_steps: 0,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state as State,
    last_review: new Date(record.last),
  };
}

function recordOf(card: Card, hash: string, grade: ReviewGrade, at: number): ReviewRecord {
  const { stability, difficulty, reps, lapses, state } = card;
  // FSRS keeps "easy" a day or two beyond "good" even at its maximum interval; the year is ours.
  const due = Math.min(card.due.getTime(), at + MAX_INTERVAL_DAYS * DAY_MS);
  return { hash, due, last: at, grade, memory: { stability, difficulty, reps, lapses, state } };
}

/**
 * The schedule after a review at `at`. A question never scheduled, or changed since (another
 * hash), starts afresh, as a new card; otherwise FSRS carries on from what it knew.
 */
export function afterReview(
  record: ReviewRecord | undefined,
  hash: string,
  at: number,
  grade: ReviewGrade,
): ReviewRecord {
  const fresh = !record || record.hash !== hash;
  // A review can never come before the grade it follows (another tab's clock may run ahead).
  const when = fresh ? at : Math.max(at, record.last);
  const card = fresh ? createEmptyCard(when) : cardOf(record);
  return recordOf(SCHEDULER.next(card, when, grade as Grade).card, hash, grade, when);
}

/** What each grade the learner may give after a right answer would schedule (for the buttons). */
export function rightAnswerChoices(
  record: ReviewRecord | undefined,
  hash: string,
  at: number,
): Record<'hard' | 'good' | 'easy', ReviewRecord> {
  return {
    hard: afterReview(record, hash, at, GRADE.hard),
    good: afterReview(record, hash, at, GRADE.good),
    easy: afterReview(record, hash, at, GRADE.easy),
  };
}
