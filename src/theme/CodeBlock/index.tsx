/**
 * Code blocks, loaded on demand: lessons have none, so neither the highlighter (Prism) nor the
 * live quiz editor is in the code every page loads.
 * - Ordinary blocks render the classic CodeBlock from a chunk of its own (./Highlighted).
 * - ```mdx live blocks (the "Writing quizzes" guide) load the live quiz editor
 *   (src/components/Quiz/editor), which checks what the author types with the build's validator.
 * The server renders them in full; in the browser the page keeps its server HTML until the chunk
 * arrives, and after a client-side navigation (or an update that reaches a block before its chunk)
 * the plain code (./PlainCode) shows until then.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type CodeBlockType from '@theme-original/CodeBlock';
import { PlainCode } from './PlainCode';

type Props = ComponentProps<typeof CodeBlockType> & { live?: boolean };

const HighlightedCodeBlock = lazy(() => import('./Highlighted'));
const LiveQuizEditor = lazy(() => import('./LiveQuizEditor'));

export default function CodeBlockWrapper(props: Props) {
  const highlighted = (
    <Suspense fallback={<PlainCode className={props.className}>{props.children}</PlainCode>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
  if (!props.live || typeof props.children !== 'string') return highlighted;
  // The highlighted block stands in while the editor loads.
  return (
    <Suspense fallback={highlighted}>
      <LiveQuizEditor initial={props.children} />
    </Suspense>
  );
}
