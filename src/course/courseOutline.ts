/**
 * The course as learners see it, derived from the course plugin's manifest (global data): units in
 * order with their lessons, and the subset the progress store needs. "Start here" leads; pages
 * under guides/ (the question gallery) hold example quizzes, not course content, so they are left out.
 */
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import type { CourseManifest } from '@site/src/progress/manifest';

export interface OutlineLesson {
  docId: string;
  title: string;
  permalink: string;
  quizIds: readonly string[];
}

export interface OutlineUnit {
  id: string;
  label: string;
  lessons: readonly OutlineLesson[];
}

export interface CourseOutline {
  units: readonly OutlineUnit[];
  /** Every lesson that counts towards course progress (it has a quiz), in course order. */
  lessons: readonly OutlineLesson[];
  quizzes: ClientManifest['quizzes'];
}

const isExample = (docId: string) => docId.startsWith('guides/');

/** Orders and filters the manifest into the outline shown on the progress page, sidebar and home. */
export function courseOutline(manifest: ClientManifest): CourseOutline {
  const units = manifest.units
    .map((unit) => ({
      id: unit.id,
      label: unit.id === 'general' ? 'Start here' : unit.label,
      lessons: unit.lessons.filter((lesson) => !isExample(lesson.docId)),
    }))
    .filter((unit) => unit.lessons.length > 0)
    .sort((a, b) => Number(b.id === 'general') - Number(a.id === 'general'));
  const lessons = units.flatMap((unit) => unit.lessons.filter((lesson) => lesson.quizIds.length > 0));
  return { units, lessons, quizzes: manifest.quizzes };
}

/**
 * What the progress store needs to check an import: every page of the course (overviews too, so
 * their visits and "Mark as done" survive) and every quiz. Totals use `outline.lessons` instead.
 */
export function progressManifest(outline: CourseOutline): CourseManifest {
  return {
    lessons: outline.units.flatMap((unit) => unit.lessons.map(({ docId, quizIds }) => ({ docId, quizIds }))),
    quizzes: Object.entries(outline.quizzes).map(([quizId, quiz]) => ({
      quizId,
      questionIds: quiz.questions.map((question) => question.id),
    })),
  };
}
