import { useMemo } from 'react';
import type { QuizProps } from './readQuiz';
import { readUncheckedQuiz } from './readUncheckedQuiz';
import { QuizFromRead } from './QuizRunner';

/** A quiz validated in the browser, because the build did not check it (see ./index). */
export default function UncheckedQuiz(props: QuizProps) {
  const read = useMemo(() => readUncheckedQuiz(props), [props]);
  return <QuizFromRead quizId={props.id} read={read} />;
}
