/**
 * The state of a review session: the questions due when it started (the list does not shift while
 * the learner works through it), where they are in it, and saving each answer's schedule.
 */
import { useCallback, useState } from 'react';
import { sameContent } from '@site/src/progress/canonical';
import { useProgress } from '@site/src/progress/useProgress';
import { dueQuestions, type DueQuestion } from '@site/src/review/due';
import {
  gradedOutcome,
  type ReviewOutcome,
  type RightGrade,
  withChosenGrade,
} from '@site/src/review/reviewOutcome';
import { useCourseQuestions } from '@site/src/review/useDueCount';
import { useHydrated } from '../useHydrated';

export type ReviewSessionState = ReturnType<typeof useReviewSession>;

export function useReviewSession(now: () => number) {
  const { progress, store } = useProgress();
  const course = useCourseQuestions();
  // null until saved progress is known (after hydration), so the server HTML says "loading".
  const [queue, setQueue] = useState<DueQuestion[] | null>(null);
  const [position, setPosition] = useState(0);
  const hydrated = useHydrated();
  // The session starts once saved progress is known: set while rendering, so no empty frame shows.
  if (hydrated && store && queue === null) setQueue(dueQuestions(progress.review, course, now()));
  const restart = () => {
    setQueue(dueQuestions(progress.review, course, now()));
    setPosition(0);
  };

  const grade = useCallback(
    (item: DueQuestion, correct: boolean): ReviewOutcome | null => {
      if (!store) return null;
      let outcome: ReviewOutcome | null = null;
      store.updateReview(item.questionId, (current, at) => {
        outcome = gradedOutcome(current, item.hash, at, correct);
        return outcome.saved;
      });
      return outcome;
    },
    [store],
  );

  const choose = useCallback(
    (item: DueQuestion, outcome: ReviewOutcome, chosen: RightGrade): ReviewOutcome => {
      const next = withChosenGrade(outcome, chosen);
      let saved = false;
      // Only over the schedule this review saved: a later review in another tab is left alone.
      store?.updateReview(item.questionId, (current) => {
        saved = current !== undefined && sameContent(current, outcome.saved);
        return saved ? next.saved : null;
      });
      return saved ? next : outcome;
    },
    [store],
  );

  return {
    review: progress.review,
    course,
    queue,
    position,
    next: () => setPosition((p) => p + 1),
    restart,
    grade,
    choose,
  };
}
