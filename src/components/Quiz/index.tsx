import { lazy, Suspense, useMemo } from 'react';
import { QUIZ_PARTS } from './parts';
import { readCheckedQuiz, type QuizProps } from './readQuiz';
import { QuizFromRead } from './QuizRunner';
import styles from './styles.module.css';

export { Question, Option, Item, Match, Statement, Answer, Hint, Explanation } from './parts';

// Only a quiz the build has not checked needs the schemas: the live editor's, or one being fixed.
const UncheckedQuiz = lazy(() => import('./UncheckedQuiz'));

/** A quiz written in a lesson's MDX. Reads its questions from its children; see the instructor guide. */
export default function Quiz(props: QuizProps) {
  if (!props.checkedAtBuild) {
    return (
      <Suspense fallback={<p className={styles.rule}>Loading the quiz…</p>}>
        <UncheckedQuiz {...props} />
      </Suspense>
    );
  }
  return <CheckedQuiz {...props} />;
}

function CheckedQuiz(props: QuizProps) {
  const read = useMemo(() => readCheckedQuiz(props), [props]);
  return <QuizFromRead quizId={props.id} read={read} />;
}

/** Every tag an author can write in a quiz, by name: for MDX lessons and the live editor's scope. */
export const QUIZ_COMPONENTS = { Quiz, ...QUIZ_PARTS };
