/**
 * What answering a question on /review does to its schedule: the quiz engine's grade decides right
 * or wrong; after a right answer the learner may say it was hard or easy, which replaces the
 * default "good" with the same review time. Pure; the store saves `saved`.
 */
import type { ReviewRecord } from '../progress/schema';
import { GRADE, type ReviewGrade } from './entry';
import { afterReview, rightAnswerChoices } from './scheduler';

export type RightGrade = 'hard' | 'good' | 'easy';

export interface ReviewOutcome {
  /** The schedule before this review, and the moment of the review. */
  before: ReviewRecord | undefined;
  at: number;
  hash: string;
  correct: boolean;
  /** What a right answer would schedule with each grade; null after a wrong answer. */
  choices: Record<RightGrade, ReviewRecord> | null;
  chosen: RightGrade | null;
  /** The schedule to save. */
  saved: ReviewRecord;
}

/** The outcome of a graded answer: "again" when wrong, "good" when right. */
export function gradedOutcome(
  before: ReviewRecord | undefined,
  hash: string,
  at: number,
  correct: boolean,
): ReviewOutcome {
  if (!correct) {
    const saved = afterReview(before, hash, at, GRADE.again);
    return { before, at, hash, correct, choices: null, chosen: null, saved };
  }
  const choices = rightAnswerChoices(before, hash, at);
  return { before, at, hash, correct, choices, chosen: 'good', saved: choices.good };
}

/** The same review with the grade the learner chose (only after a right answer). */
export function withChosenGrade(outcome: ReviewOutcome, chosen: RightGrade): ReviewOutcome {
  if (!outcome.choices) return outcome;
  return { ...outcome, chosen, saved: outcome.choices[chosen] };
}

export const RIGHT_GRADES: Readonly<Record<RightGrade, ReviewGrade>> = {
  hard: GRADE.hard,
  good: GRADE.good,
  easy: GRADE.easy,
};
