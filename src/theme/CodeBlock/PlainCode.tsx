import type { ReactNode } from 'react';

/**
 * The code as plain text while the highlighter loads (./index). Focusable like the highlighted
 * block, so a keyboard user can scroll a long line sideways (WCAG 2.1.1; axe:
 * scrollable-region-focusable). It can show on a page's first load too: an update that reaches a
 * block before its chunk has arrived replaces the server HTML with this fallback.
 */
export function PlainCode({ children }: { children?: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
    <pre tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}
