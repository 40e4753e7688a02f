import { useMemo } from 'react';
import { useProgressSelector } from '@site/src/progress/useProgress';
import type { OutlineLesson } from './courseOutline';
import { questionCounts, questionIdsOf } from './courseProgress';
import { lessonState, type LessonState } from './lessonState';
import { useCourseOutline } from './useCourseOutline';

/**
 * The course lesson for a doc id (null for pages outside the course), the learner's state on it,
 * and how many of its questions their latest answers got right.
 */
export function useLessonState(docId: string | undefined): {
  lesson: OutlineLesson | null;
  state: LessonState;
  right: number;
  total: number;
} {
  const outline = useCourseOutline();
  const lesson = useMemo(
    () => outline.units.flatMap((unit) => unit.lessons).find((entry) => entry.docId === docId) ?? null,
    [outline, docId],
  );
  // Only this lesson's figures, as primitives: every sidebar badge uses this hook, and most
  // changes concern one lesson.
  const state = useProgressSelector((progress) =>
    lesson ? lessonState(progress, lesson.docId, lesson.quizIds) : 'not-started',
  );
  const right = useProgressSelector((progress) =>
    lesson ? questionCounts(progress, outline, lesson.quizIds).right : 0,
  );
  const total = useMemo(
    () => (lesson ? questionIdsOf(outline, lesson.quizIds).length : 0),
    [lesson, outline],
  );
  return { lesson, state, right, total };
}
