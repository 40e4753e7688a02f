/**
 * The end-of-attempt summary: the score, pass or fail, and which lesson sections to reread.
 */
import type { Quiz } from './schema';
import type { QuizState } from './quizState';

export interface ReviewItem {
  questionId: string;
  /** The lesson anchor the question teaches (e.g. "#title-i"), if the author gave one. */
  teaches: string | undefined;
  fraction: number;
}

export interface AttemptSummary {
  earned: number;
  possible: number;
  /** Whole-number percentage of the possible points. */
  percent: number;
  passed: boolean;
  toReview: ReviewItem[];
}

/**
 * Sums the graded questions of an attempt (a question not yet graded counts as 0, as on submit)
 * and lists every question not fully right, in quiz order.
 */
export function summarizeAttempt(quiz: Quiz, state: QuizState): AttemptSummary {
  let earned = 0;
  let possible = 0;
  const toReview: ReviewItem[] = [];
  for (const question of quiz.questions) {
    // Points come from the quiz as it is now, not from the saved grade, so totals always add up.
    const fraction = state.questions[question.id]?.checked?.fraction ?? 0;
    earned += question.points * fraction;
    possible += question.points;
    if (fraction < 1) toReview.push({ questionId: question.id, teaches: question.teaches, fraction });
  }
  const percent = possible === 0 ? 0 : Math.round((earned / possible) * 100);
  // Rounded to hundredths so partial credit shows as 2.67 rather than 2.6666666666666665.
  return {
    earned: Math.round(earned * 100) / 100,
    possible,
    percent,
    passed: percent >= quiz.passMark,
    toReview,
  };
}
