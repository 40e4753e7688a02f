/**
 * What a certificate of completion says, from the learner's progress and the course outline: which
 * parts are complete (the course, each unit), when they were completed, and each quiz's best score.
 * A part is complete when every lesson in it is (src/course/courseProgress.ts: the lessons that count
 * are those with a quiz, and such a lesson is complete once its quiz is passed).
 */
import type { CourseOutline, OutlineUnit } from '@site/src/course/courseOutline';
import { attemptsOf, bestScore, isLessonComplete } from '@site/src/progress/derive';
import { getOwn, type ProgressEnvelope } from '@site/src/progress/schema';

export interface CertificateQuiz {
  title: string;
  /** The best score, a whole percentage as printed. */
  score: number;
}

export interface CertificateUnit {
  label: string;
  quizzes: CertificateQuiz[];
}

/** Everything printed on a certificate, and so everything its verification code covers. */
export interface CertificateFields {
  course: string;
  /** "The whole course" or the unit's name. */
  scope: string;
  name: string;
  /** The day the last lesson of the scope was completed, as YYYY-MM-DD in the learner's time zone. */
  date: string;
  units: CertificateUnit[];
}

/** A part of the course a certificate can be for. */
export interface CertificateScope {
  id: string;
  label: string;
  units: readonly OutlineUnit[];
}

export const WHOLE_COURSE = 'The whole course';

const counted = (unit: OutlineUnit) => unit.lessons.filter((lesson) => lesson.quizIds.length > 0);

/** Every part of the course a certificate can be for: the course first, then each unit, in order. */
export function certificateScopes(outline: Pick<CourseOutline, 'units'>): CertificateScope[] {
  const units = outline.units.filter((unit) => counted(unit).length > 0);
  return [
    { id: 'course', label: WHOLE_COURSE, units },
    ...units.map((unit) => ({ id: unit.id, label: unit.label, units: [unit] })),
  ];
}

/** True when every lesson that counts in the scope is complete. */
export function isScopeComplete(progress: ProgressEnvelope, scope: CertificateScope): boolean {
  const lessons = scope.units.flatMap(counted);
  return lessons.length > 0 && lessons.every((lesson) => isLessonComplete(progress, lesson));
}

/** The parts of the course the learner has completed (the course itself when all of it is). */
export function completedScopes(progress: ProgressEnvelope, outline: Pick<CourseOutline, 'units'>) {
  return certificateScopes(outline).filter((scope) => isScopeComplete(progress, scope));
}

/** When a quiz was first passed. */
function firstPassedAt(progress: ProgressEnvelope, quizId: string): number | undefined {
  const passed = attemptsOf(progress, quizId).filter((attempt) => attempt.passed);
  return passed.length ? Math.min(...passed.map((attempt) => attempt.finishedAt)) : undefined;
}

/** YYYY-MM-DD of a time, in the learner's own time zone. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The fields of a certificate for a completed scope, or null when the scope is not complete. */
export function certificateFields(
  progress: ProgressEnvelope,
  outline: Pick<CourseOutline, 'quizzes'>,
  scope: CertificateScope,
  course: string,
  name: string,
): CertificateFields | null {
  if (!isScopeComplete(progress, scope)) return null;
  const quizIds = scope.units.flatMap(counted).flatMap((lesson) => lesson.quizIds);
  const completedAt = Math.max(...quizIds.map((id) => firstPassedAt(progress, id) ?? 0));
  return {
    course,
    scope: scope.label,
    name,
    date: localDay(completedAt),
    units: scope.units.map((unit) => ({
      label: unit.label,
      quizzes: counted(unit).flatMap((lesson) =>
        lesson.quizIds.map((quizId) => ({
          title: getOwn(outline.quizzes, quizId)?.title ?? lesson.title,
          score: Math.round(bestScore(progress, quizId) ?? 0),
        })),
      ),
    })),
  };
}
