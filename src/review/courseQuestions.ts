/** The questions that can come up for review: every question of the course's quizzes, in course order. */
import type { CourseOutline } from '../course/courseOutline';
import { getOwn } from '../progress/schema';
import type { CourseQuestion, CourseQuestions } from './due';

/** Course questions by id (the question gallery and other example quizzes are not course content). */
export function courseQuestions(outline: Pick<CourseOutline, 'units' | 'quizzes'>): CourseQuestions {
  const questions = new Map<string, CourseQuestion>();
  for (const unit of outline.units) {
    for (const lesson of unit.lessons) {
      for (const quizId of lesson.quizIds) {
        for (const { id, hash } of getOwn(outline.quizzes, quizId)?.questions ?? []) {
          questions.set(id, {
            questionId: id,
            quizId,
            hash,
            lessonTitle: lesson.title,
            permalink: lesson.permalink,
          });
        }
      }
    }
  }
  return questions;
}
