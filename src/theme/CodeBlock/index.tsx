/**
 * Code blocks, loaded on demand: lessons have none, so neither the highlighter (Prism) nor the
 * react-live playground is in the code every page loads.
 * - Ordinary blocks render the classic CodeBlock from a chunk of its own (./Highlighted).
 * - ```jsx live blocks (the instructor guide) load `@theme-original/CodeBlock` from
 *   `@docusaurus/theme-live-codeblock`, which imports react-live (about 60 KB).
 * The server renders them in full; in the browser the page keeps its server HTML until the chunk
 * arrives, and after a client-side navigation (or an update that reaches a block before its chunk)
 * the plain code (./PlainCode) shows until then.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type CodeBlockType from '@theme-init/CodeBlock';
import { PlainCode } from './PlainCode';

type Props = ComponentProps<typeof CodeBlockType> & { live?: boolean };

const HighlightedCodeBlock = lazy(() => import('./Highlighted'));
const LiveCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlockWrapper(props: Props) {
  const highlighted = (
    <Suspense fallback={<PlainCode className={props.className}>{props.children}</PlainCode>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
  if (!props.live) return highlighted;
  // The highlighted block stands in while the playground loads.
  return (
    <Suspense fallback={highlighted}>
      <LiveCodeBlock {...props} />
    </Suspense>
  );
}
