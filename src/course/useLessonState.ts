import { useMemo } from 'react';
import { useProgressSelector } from '@site/src/progress/useProgress';
import { lessonState, type LessonState } from './lessonState';
import { useCourseOutline } from './useCourseOutline';
import type { OutlineLesson } from './courseOutline';

/** The course lesson for a doc id (null for pages outside the course) and the learner's state on it. */
export function useLessonState(docId: string | undefined): {
  lesson: OutlineLesson | null;
  state: LessonState;
} {
  const outline = useCourseOutline();
  const lesson = useMemo(
    () => outline.units.flatMap((unit) => unit.lessons).find((entry) => entry.docId === docId) ?? null,
    [outline, docId],
  );
  // Only this lesson's state: every sidebar badge uses this hook, and most changes concern one lesson.
  const state = useProgressSelector((progress) =>
    lesson ? lessonState(progress, lesson.docId, lesson.quizIds) : 'not-started',
  );
  return { lesson, state };
}
