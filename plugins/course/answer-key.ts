/**
 * The answer key data for the /teach/answer-key route: every quiz in course order, its prompts,
 * answers and explanations as plain text. It is a route module (createData + addRoute), so it loads
 * only on that page, is precached like any route by an offline build, and never reaches lesson pages.
 */
import { answerKeyQuestion, type AnswerKeyData } from '../../src/quiz/answerKey';
import { markdownToPlainText } from './lms/markup';
import { GENERAL_UNIT } from './manifest';
import type { CourseManifest } from './manifest-schema';
import type { ValidatedQuiz } from './validate';

/** Route path of the key page, relative to the base URL. */
export const ANSWER_KEY_ROUTE = 'teach/answer-key';

/** Units as learners see them: `general` (Start here) first, like src/course/courseOutline.ts. */
export function unitsInCourseOrder(manifest: CourseManifest): CourseManifest['units'] {
  const isGeneral = (unit: { id: string }) => Number(unit.id === GENERAL_UNIT.id);
  return [...manifest.units].sort((a, b) => isGeneral(b) - isGeneral(a));
}

/** Builds the key in course order; Markdown and MDX tags become plain text (never HTML). */
export function buildAnswerKey(
  manifest: CourseManifest,
  quizzes: readonly ValidatedQuiz[],
  toText: (markdown: string) => string = markdownToPlainText,
): AnswerKeyData {
  const byId = new Map(quizzes.map(({ quiz }) => [quiz.id, quiz]));
  return {
    quizzes: unitsInCourseOrder(manifest).flatMap((unit) =>
      unit.lessons.flatMap((lesson) =>
        lesson.quizIds.flatMap((quizId) => {
          const quiz = byId.get(quizId);
          const entry = manifest.quizzes[quizId];
          if (!quiz || !entry) return [];
          return [
            {
              id: quiz.id,
              title: entry.title,
              lessonTitle: lesson.title,
              permalink: lesson.permalink,
              questions: quiz.questions.map((question) => answerKeyQuestion(question, toText)),
            },
          ];
        }),
      ),
    ),
  };
}
