import type { ReactNode } from 'react';

/**
 * The code as plain text while the highlighter loads (./index). Focusable like the highlighted
 * block, so a keyboard user can scroll a long line sideways (WCAG 2.1.1; axe:
 * scrollable-region-focusable). It can show on a page's first load too: an update that reaches a
 * block before its chunk has arrived replaces the server HTML with this fallback. It keeps the
 * block's language class, so plain-text blocks wrap here too (src/css/custom.css).
 */
export function PlainCode({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
    <pre tabIndex={0} className={className}>
      <code>{children}</code>
    </pre>
  );
}
