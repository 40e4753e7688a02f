/**
 * What the progress page shows, computed from the envelope and the course outline: plain functions,
 * so the view stays thin and the rules are tested without React. Everything read from progress is
 * untrusted (it may come from an imported file), so lookups use own properties only and links are
 * built only from the course outline or from checked same-site paths.
 */
import type { CourseOutline } from '@site/src/course/courseOutline';
import {
  attemptsOf,
  bestScore,
  hasPassed,
  isLessonComplete,
  mostMissedQuestions,
} from '@site/src/progress/derive';
import { courseFigures, questionCounts } from '@site/src/course/courseProgress';
import { getOwn, type LastPage, type ProgressEnvelope } from '@site/src/progress/schema';
import { countOf } from '@site/src/text/plural';

export interface UnitRow {
  id: string;
  label: string;
  complete: number;
  total: number;
  /** Questions of the unit's quizzes whose latest answer is right, and how many there are. */
  right: number;
  questions: number;
}

/** Lessons complete per unit, counting only lessons that count towards progress (they have a quiz). */
export function unitRows(progress: ProgressEnvelope, outline: CourseOutline): UnitRow[] {
  return outline.units
    .map((unit) => {
      const counted = unit.lessons.filter((lesson) => lesson.quizIds.length > 0);
      const complete = counted.filter((lesson) => isLessonComplete(progress, lesson)).length;
      const counts = questionCounts(
        progress,
        outline,
        counted.flatMap((lesson) => lesson.quizIds),
      );
      return {
        id: unit.id,
        label: unit.label,
        complete,
        total: counted.length,
        right: counts.right,
        questions: counts.total,
      };
    })
    .filter((row) => row.total > 0);
}

export interface QuizRow {
  quizId: string;
  title: string;
  permalink: string;
  answered: number;
  /** Questions whose latest answer is right. */
  right: number;
  questionCount: number;
  best: number | null;
  attempts: number;
  latestAttemptAt: number | null;
  passed: boolean;
}

function quizRow(progress: ProgressEnvelope, outline: CourseOutline, quizId: string): QuizRow | null {
  const quiz = getOwn(outline.quizzes, quizId);
  if (!quiz) return null;
  const attempts = attemptsOf(progress, quizId);
  const latest = quiz.questions
    .map((q) => getOwn(progress.questions, q.id))
    .filter((r) => r?.quizId === quizId);
  return {
    quizId,
    title: quiz.title,
    permalink: quiz.permalink,
    answered: latest.length,
    right: latest.filter((r) => r?.correct).length,
    questionCount: quiz.questions.length,
    best: bestScore(progress, quizId),
    attempts: attempts.length,
    latestAttemptAt: attempts.length ? Math.max(...attempts.map((a) => a.finishedAt)) : null,
    passed: hasPassed(progress, quizId),
  };
}

/**
 * Every course quiz in course order, then any other quiz on the site (such as the question
 * gallery) that the learner has answered or attempted.
 */
export function quizRows(progress: ProgressEnvelope, outline: CourseOutline): QuizRow[] {
  const courseIds = outline.units.flatMap((unit) => unit.lessons.flatMap((lesson) => lesson.quizIds));
  const inCourse = new Set(courseIds);
  const course = courseIds.map((id) => quizRow(progress, outline, id));
  const others = Object.keys(outline.quizzes)
    .filter((id) => !inCourse.has(id))
    .map((id) => quizRow(progress, outline, id))
    .filter((row) => row !== null && (row.answered > 0 || row.attempts > 0));
  return [...course, ...others].filter((row): row is QuizRow => row !== null);
}

export interface MissedLink {
  questionId: string;
  href: string;
  text: string;
  partly: boolean;
}

/** The questions missed most (latest answer not fully right) that still exist, linked to the question. */
export function missedLinks(progress: ProgressEnvelope, outline: CourseOutline, limit = 5): MissedLink[] {
  const links: MissedLink[] = [];
  for (const missed of mostMissedQuestions(progress, Number.MAX_SAFE_INTEGER)) {
    const quiz = getOwn(outline.quizzes, missed.quizId);
    const index = quiz?.questions.findIndex((question) => question.id === missed.questionId) ?? -1;
    if (!quiz || index < 0) continue;
    links.push({
      questionId: missed.questionId,
      href: `${quiz.permalink}#question-${missed.questionId}`,
      text: `Question ${index + 1} of “${quiz.title}”`,
      partly: missed.fraction > 0,
    });
    if (links.length >= limit) break;
  }
  return links;
}

/**
 * The last page, when its path is a path on this site. The schema only requires a leading "/",
 * and "//host" or "/\host" would leave the site, so an imported file could not use it as a link.
 */
export function continueTarget(progress: ProgressEnvelope): { path: string; title: string } | null {
  const page: LastPage | undefined = progress.lastPage;
  if (!page || !/^\/(?![/\\])/.test(page.path)) return null;
  return { path: page.path, title: page.title.trim() || page.path };
}

/** True when there is anything to lose: an answer, an attempt or a lesson mark. */
export function hasProgress(progress: ProgressEnvelope): boolean {
  return (
    Object.keys(progress.questions).length > 0 ||
    Object.values(progress.quizzes).some((quiz) => quiz.attempts.length > 0 || quiz.current !== undefined) ||
    Object.keys(progress.lessons).length > 0
  );
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** An absolute date in words, e.g. "26 November 2026" (the learner's own time zone). */
export function formatDay(time: number): string {
  return dayFormat.format(time);
}

/** "1 lesson" / "2 lessons". */
export const plural = countOf;

/** Lessons complete and questions right across the course, with the course percentage. */
export function courseTotals(progress: ProgressEnvelope, outline: CourseOutline) {
  const { percent, lessonsComplete, lessons, right, answered, total } = courseFigures(progress, outline);
  return { percent, complete: lessonsComplete, total: lessons, right, answered, questions: total };
}

/** What a file holds, in words, e.g. "3 answers, 2 quiz attempts and 4 lesson records". */
export function fileContents(envelope: ProgressEnvelope): string {
  const attempts = Object.values(envelope.quizzes).reduce((sum, quiz) => sum + quiz.attempts.length, 0);
  return `${plural(Object.keys(envelope.questions).length, 'answer')}, ${plural(attempts, 'quiz attempt')} and ${plural(Object.keys(envelope.lessons).length, 'lesson record')}`;
}
