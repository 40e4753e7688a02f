/**
 * What one SCORM package covers: the whole course, or one unit. The build uses it to write each
 * package's manifest and the course uses it inside the package to decide which lessons and quizzes
 * the LMS hears about, so both read the same outline the sidebar and /progress show.
 */
import type { CourseOutline, OutlineLesson } from '@site/src/course/courseOutline';

/** The package id of the whole course; a unit package's id is its unit id. */
export const COURSE_PACKAGE = 'course';

export interface PackageScope {
  /** `course`, or a unit id such as `unit-1-two-levers`. */
  id: string;
  title: string;
  /** The page a first launch opens (a unit's overview; the course's first lesson). */
  start: string;
  /** Every page of the package in course order, overviews included (they need "Mark as done"). */
  lessons: readonly OutlineLesson[];
  /** The quizzes that count towards the LMS score and success, in course order. */
  quizIds: readonly string[];
}

const GENERAL_UNIT = 'general';

/** The ids of every package the build writes: the course first, then each unit. */
export function packageIds(outline: CourseOutline): string[] {
  return [COURSE_PACKAGE, ...outline.units.filter((unit) => unit.id !== GENERAL_UNIT).map((unit) => unit.id)];
}

function scopeOf(id: string, title: string, lessons: readonly OutlineLesson[]): PackageScope {
  return {
    id,
    title,
    start: lessons[0]?.permalink ?? '/',
    lessons,
    quizIds: lessons.flatMap((lesson) => lesson.quizIds),
  };
}

/** The scope of a package; throws a `[scorm]` error naming the known ids when there is no such package. */
export function packageScope(outline: CourseOutline, id: string, courseTitle: string): PackageScope {
  if (id === COURSE_PACKAGE) {
    return scopeOf(
      id,
      courseTitle,
      outline.units.flatMap((unit) => unit.lessons),
    );
  }
  const unit = outline.units.find((candidate) => candidate.id === id && candidate.id !== GENERAL_UNIT);
  if (!unit) {
    throw new Error(`[scorm] No package "${id}": the packages are ${packageIds(outline).join(', ')}.`);
  }
  return scopeOf(id, unit.label, unit.lessons);
}
