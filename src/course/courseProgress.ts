/**
 * The figures every progress view shows, from one place so the navbar, the sidebar, the lesson
 * footer and /progress always agree. Partial work counts: a lesson's share of questions whose
 * latest answer is right (a learner's standing on a question is their latest answer), so answering
 * a whole quiz moves the figures even before the quiz is passed. 100 % means the course is complete.
 */
import { hasPassed, isLessonComplete } from '@site/src/progress/derive';
import { getOwn, type ProgressEnvelope } from '@site/src/progress/schema';
import type { CourseOutline, OutlineLesson } from './courseOutline';

export interface QuestionCounts {
  /** Questions whose latest answer was fully right. */
  right: number;
  /** Questions answered at all (a latest answer exists). */
  answered: number;
  total: number;
}

export interface LessonFigures extends QuestionCounts {
  complete: boolean;
  /** The pass mark of the lesson's quiz (its first, if it had several); null without a quiz. */
  passMark: number | null;
  passed: boolean;
}

export interface CourseFigures extends QuestionCounts {
  percent: number;
  lessonsComplete: number;
  lessons: number;
}

/** The ids of every question in these quizzes, in quiz order. */
export function questionIdsOf(outline: Pick<CourseOutline, 'quizzes'>, quizIds: readonly string[]): string[] {
  return quizIds.flatMap((quizId) => getOwn(outline.quizzes, quizId)?.questions.map((q) => q.id) ?? []);
}

/** Right, answered and total over questions, each judged by its latest answer in this quiz set. */
export function questionCounts(
  progress: ProgressEnvelope,
  outline: Pick<CourseOutline, 'quizzes'>,
  quizIds: readonly string[],
): QuestionCounts {
  const ids = questionIdsOf(outline, quizIds);
  const records = ids.map((id) => getOwn(progress.questions, id)).filter((r) => r !== undefined);
  return { right: records.filter((r) => r.correct).length, answered: records.length, total: ids.length };
}

/** A lesson's figures: complete or not, and its questions right so far. */
export function lessonFigures(
  progress: ProgressEnvelope,
  outline: Pick<CourseOutline, 'quizzes'>,
  lesson: Pick<OutlineLesson, 'docId' | 'quizIds'>,
): LessonFigures {
  const first = lesson.quizIds[0];
  const quiz = first === undefined ? undefined : getOwn(outline.quizzes, first);
  return {
    ...questionCounts(progress, outline, lesson.quizIds),
    complete: isLessonComplete(progress, lesson),
    passMark: quiz?.passMark ?? null,
    passed: lesson.quizIds.length > 0 && lesson.quizIds.every((id) => hasPassed(progress, id)),
  };
}

/**
 * Course figures over the lessons that count (those with a quiz). The percentage averages each
 * lesson's credit: 1 when complete, else its share of questions right; it reaches 100 only when
 * every lesson is complete, so "100 %" can never sit beside an unfinished course.
 */
export function courseFigures(progress: ProgressEnvelope, outline: CourseOutlineFigures): CourseFigures {
  // Envelopes are never changed in place, so figures computed once hold for that envelope: the
  // navbar asks for them several times on every progress change, in two navbars.
  let byOutline = computed.get(progress);
  if (!byOutline) computed.set(progress, (byOutline = new WeakMap()));
  let figures = byOutline.get(outline);
  if (!figures) byOutline.set(outline, (figures = computeCourseFigures(progress, outline)));
  return figures;
}

type CourseOutlineFigures = Pick<CourseOutline, 'quizzes'> & { lessons: readonly OutlineLesson[] };
const computed = new WeakMap<ProgressEnvelope, WeakMap<CourseOutlineFigures, CourseFigures>>();

function computeCourseFigures(progress: ProgressEnvelope, outline: CourseOutlineFigures): CourseFigures {
  const lessons = outline.lessons.map((lesson) => lessonFigures(progress, outline, lesson));
  const sum = (pick: (l: LessonFigures) => number) => lessons.reduce((total, l) => total + pick(l), 0);
  const credit = sum((l) => (l.complete ? 1 : l.total === 0 ? 0 : l.right / l.total));
  const lessonsComplete = lessons.filter((l) => l.complete).length;
  const raw = lessons.length === 0 ? 0 : Math.round((credit / lessons.length) * 100);
  const percent = lessonsComplete === lessons.length ? raw : Math.min(raw, 99);
  return {
    percent,
    lessonsComplete,
    lessons: lessons.length,
    right: sum((l) => l.right),
    answered: sum((l) => l.answered),
    total: sum((l) => l.total),
  };
}
