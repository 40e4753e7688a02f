import type { QuizConnection } from '@site/src/components/Quiz/quizConnection';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { getOwn } from '@site/src/progress/schema';
import type { ProgressStore } from '@site/src/progress/store';

const noSubscription = () => () => undefined;

/**
 * A quiz connection over the progress store. During server rendering there is no store: quizzes
 * then show a blank attempt, and the saved one appears after hydration.
 */
export function storeQuizConnection(
  store: ProgressStore | null,
  quizzes: CourseOutline['quizzes'],
): QuizConnection {
  const manifestHash = (quizId: string, questionId: string) =>
    getOwn(quizzes, quizId)?.questions.find((q) => q.id === questionId)?.hash;
  if (!store)
    return { subscribe: noSubscription, record: () => undefined, update: () => undefined, manifestHash };
  return {
    subscribe: store.subscribe,
    record: (quizId) => getOwn(store.getSnapshot().quizzes, quizId),
    update: (quizId, compute) => store.updateQuiz(quizId, compute),
    manifestHash,
  };
}
