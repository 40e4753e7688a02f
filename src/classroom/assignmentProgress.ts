/**
 * How a learner stands on an assignment, judged by the assignment's pass mark (not each quiz's own):
 * the banner's checklist and the submission both use these, so the learner and the gradebook see
 * the same "done".
 */
import type { CourseOutline, OutlineLesson } from '@site/src/course/courseOutline';
import { attemptsOf, bestScore } from '@site/src/progress/derive';
import { getOwn, type ProgressEnvelope } from '@site/src/progress/schema';
import { type AssignmentDraft, type AssignmentItem, assignmentItems } from './assignment';

/** A lesson is done when every quiz of it reached the pass mark; a lesson without a quiz needs "Mark as done". */
export function isLessonDoneFor(
  progress: ProgressEnvelope,
  lesson: OutlineLesson,
  passMark: number,
): boolean {
  if (lesson.quizIds.length > 0) {
    return lesson.quizIds.every((quizId) => (bestScore(progress, quizId) ?? -1) >= passMark);
  }
  return getOwn(progress.lessons, lesson.docId)?.markedDone === true;
}

export interface ChecklistItem extends AssignmentItem {
  done: boolean;
  /** Best score of a quiz that was tried (a whole percentage), else null. */
  best: number | null;
  /** True when a tried quiz's best score is below the assignment's pass mark. */
  belowPassMark: boolean;
}

/** Each assigned item in course order, with whether it is done by the assignment's rules. */
export function assignmentChecklist(
  assignment: AssignmentDraft,
  outline: CourseOutline,
  progress: ProgressEnvelope,
): ChecklistItem[] {
  const lessons = new Map(outline.units.flatMap((unit) => unit.lessons.map((l) => [l.docId, l] as const)));
  return assignmentItems(assignment, outline).map((item) => {
    if (item.kind === 'lesson') {
      const lesson = lessons.get(item.id);
      const done = lesson ? isLessonDoneFor(progress, lesson, assignment.passMark) : false;
      return { ...item, done, best: null, belowPassMark: false };
    }
    const best = attemptsOf(progress, item.id).length > 0 ? bestScore(progress, item.id) : null;
    const rounded = best === null ? null : Math.round(best);
    return {
      ...item,
      done: rounded !== null,
      best: rounded,
      belowPassMark: best !== null && best < assignment.passMark,
    };
  });
}
