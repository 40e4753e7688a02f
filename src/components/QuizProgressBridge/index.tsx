/**
 * Connects every quiz on the page to the learner's progress store: a quiz reads its saved record
 * (the attempt on screen and its finished attempts) and saves every change through the store.
 * The bridge itself never re-renders on progress changes; each quiz subscribes to its own record.
 */
import { useContext, useMemo, type ReactNode } from 'react';
import { QuizConnectionContext } from '@site/src/components/Quiz/quizConnection';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import { storeQuizConnection } from './storeQuizConnection';

export default function QuizProgressBridge({ children }: { children: ReactNode }) {
  const store = useContext(ProgressStoreContext) ?? null;
  const { quizzes } = useCourseOutline();
  const connection = useMemo(() => storeQuizConnection(store, quizzes), [store, quizzes]);
  return <QuizConnectionContext.Provider value={connection}>{children}</QuizConnectionContext.Provider>;
}
