/**
 * What the course tells the LMS about a learner, derived from their progress and the package's scope
 * (the same rules the sidebar and /progress use, src/progress/derive.ts):
 * - score: the mean, over the package's quizzes, of each quiz's best attempt in percent; a quiz never
 *   finished counts 0, so the score only grows as the learner works through the package;
 * - completion: completed when every page of the package is done (its quiz passed, or "Mark as done"
 *   on a page without a quiz);
 * - success: passed when every quiz has an attempt at its pass mark, failed when every quiz has been
 *   finished but one is still below its mark, unknown before that.
 */
import { bestScore, hasPassed, isLessonComplete } from '@site/src/progress/derive';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import type { PackageScope } from './packageScope';

export interface QuizStanding {
  quizId: string;
  /** Best attempt in percent, or null when never finished. */
  best: number | null;
  passed: boolean;
}

export interface ReportCard {
  quizzes: readonly QuizStanding[];
  /** 0–100, two decimals; null until a quiz of the package is finished (the LMS then shows no grade). */
  score: number | null;
  completion: 'completed' | 'incomplete';
  success: 'passed' | 'failed' | 'unknown';
  lessonsDone: number;
  lessonsTotal: number;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The report for one learner and one package. */
export function reportCard(progress: ProgressEnvelope, scope: PackageScope): ReportCard {
  const quizzes = scope.quizIds.map((quizId) => ({
    quizId,
    best: bestScore(progress, quizId),
    passed: hasPassed(progress, quizId),
  }));
  const finished = quizzes.filter((quiz) => quiz.best !== null);
  const score =
    finished.length === 0 || quizzes.length === 0
      ? null
      : round(quizzes.reduce((sum, quiz) => sum + (quiz.best ?? 0), 0) / quizzes.length, 2);
  const lessonsDone = scope.lessons.filter((lesson) => isLessonComplete(progress, lesson)).length;
  const success =
    quizzes.length > 0 && quizzes.every((quiz) => quiz.passed)
      ? 'passed'
      : quizzes.length > 0 && finished.length === quizzes.length
        ? 'failed'
        : 'unknown';
  return {
    quizzes,
    score,
    completion: lessonsDone === scope.lessons.length ? 'completed' : 'incomplete',
    success,
    lessonsDone,
    lessonsTotal: scope.lessons.length,
  };
}
