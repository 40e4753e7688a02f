/**
 * Code blocks. `@docusaurus/theme-live-codeblock` replaces CodeBlock with a version that imports the
 * react-live playground directly, which put about 60 KB of script on every docs page. This wrapper
 * keeps ordinary blocks on the classic CodeBlock and loads the playground only for ```jsx live blocks
 * (the instructor guide), showing the plain code until it arrives.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import CodeBlock from '@theme-init/CodeBlock';

type Props = ComponentProps<typeof CodeBlock> & { live?: boolean };

const LiveCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlockWrapper(props: Props) {
  if (!props.live) return <CodeBlock {...props} />;
  return (
    <Suspense fallback={<CodeBlock {...props} />}>
      <LiveCodeBlock {...props} />
    </Suspense>
  );
}
