/**
 * Connects every quiz on the page to the learner's progress store: checked answers and finished
 * attempts are saved, and saved answers are offered back once progress has been read.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { QuizEventsContext, type QuizConnection, type QuizEvent } from '@site/src/components/Quiz/quizEvents';
import { useProgress } from '@site/src/progress/useProgress';
import { getOwn } from '@site/src/progress/schema';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import { useHydrated } from './useHydrated';

export default function QuizProgressBridge({ children }: { children: ReactNode }) {
  const { progress, store } = useProgress();
  const hydrated = useHydrated();
  const report = useCallback(
    (event: QuizEvent) => {
      if (!store) return;
      if (event.kind === 'checked') {
        store.recordAnswer(event.quizId, event.questionId, event.response, event.grade, event.hash);
      } else {
        store.recordAttempt(event.quizId, event.summary, event.mode);
      }
    },
    [store],
  );
  // Only the answers: a visit or a lesson marked done must not re-render every quiz on the page.
  const answers = progress.questions;
  const savedAnswer = useCallback(
    (quizId: string, questionId: string) => {
      const record = getOwn(answers, questionId);
      return record && record.quizId === quizId ? { response: record.response, hash: record.hash } : null;
    },
    [answers],
  );
  const { quizzes } = useCourseOutline();
  const manifestHash = useCallback(
    (quizId: string, questionId: string) =>
      (Object.hasOwn(quizzes, quizId) ? quizzes[quizId] : undefined)?.questions.find(
        (q) => q.id === questionId,
      )?.hash,
    [quizzes],
  );
  const connection = useMemo<QuizConnection>(
    () => ({ report, savedAnswer, ready: hydrated && store !== null, manifestHash }),
    [report, savedAnswer, hydrated, store, manifestHash],
  );
  return <QuizEventsContext.Provider value={connection}>{children}</QuizEventsContext.Provider>;
}
