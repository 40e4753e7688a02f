/** Where a learner stands on one lesson, for the sidebar badge and the lesson footer. */
import { getOwn, type ProgressEnvelope } from '@site/src/progress/schema';
import { isLessonComplete, isLessonVisited } from '@site/src/progress/derive';

export type LessonState = 'done' | 'in-progress' | 'not-started';

/** Done (quiz passed, or marked done), in progress (opened or a question answered), or not started. */
export function lessonState(
  progress: ProgressEnvelope,
  docId: string,
  quizIds: readonly string[],
): LessonState {
  if (isLessonComplete(progress, { docId, quizIds })) return 'done';
  const answered =
    quizIds.some((quizId) => getOwn(progress.quizzes, quizId) !== undefined) ||
    Object.values(progress.questions).some((record) => quizIds.includes(record.quizId));
  return answered || isLessonVisited(progress, docId) ? 'in-progress' : 'not-started';
}
