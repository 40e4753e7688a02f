/** The live quiz editor with everything a lesson can use (its own chunk: see ./index). */
import MDXComponents from '@theme/MDXComponents';
import QuizEditor from '@site/src/components/Quiz/editor/QuizEditor';

export default function LiveQuizEditor({ initial }: { initial: string }) {
  return <QuizEditor initial={initial} components={MDXComponents as never} />;
}
