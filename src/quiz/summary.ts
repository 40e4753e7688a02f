/**
 * The result of an attempt: the score, pass or fail, and which lesson sections to reread. Computed
 * from the attempt's saved answers, so the result panel and the recorded attempt always agree.
 */
import { answerEntry, liveResponse, type QuizAttempt } from './attempt';
import { gradeQuestion } from './grade';
import type { Question, Quiz } from './schema';

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
  /** The pass mark the result was judged against (the quiz's own, or an assignment's). */
  passMark: number;
  passed: boolean;
  toReview: ReviewItem[];
}

/**
 * Grades every question of the attempt from its saved answer (unanswered, or answered in an earlier
 * version of the question, counts as 0), sums the points as the quiz has them now, and lists every
 * question not fully right, in quiz order.
 */
export function summarizeAttempt(
  quiz: Quiz,
  attempt: QuizAttempt,
  hashOf: (question: Question) => string,
  passMark: number = quiz.passMark,
): AttemptSummary {
  let earned = 0;
  let possible = 0;
  const toReview: ReviewItem[] = [];
  for (const question of quiz.questions) {
    const response = liveResponse(question, answerEntry(attempt, question.id), hashOf(question));
    const fraction = response ? gradeQuestion(question, response).fraction : 0;
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
    passMark,
    passed: percent >= passMark,
    toReview,
  };
}
