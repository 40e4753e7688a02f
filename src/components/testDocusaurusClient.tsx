/**
 * Test stand-ins for docusaurusClient.ts (see there). Link becomes a plain anchor with the same
 * props, and useBrokenLinks records the anchors a page registers so tests can check them.
 */
import type { AnchorHTMLAttributes } from 'react';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string };

/** A plain anchor: Docusaurus would add the site's base URL to `to`; tests see the path as written. */
export function Link({ to, href, children, ...rest }: LinkProps) {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}

/** Every anchor collected through useBrokenLinks since the last reset. */
export const collectedAnchors = new Set<string>();

export function useBrokenLinks() {
  return {
    collectAnchor: (anchor: string | undefined) => {
      if (anchor !== undefined) collectedAnchors.add(anchor);
    },
    collectLink: () => undefined,
  };
}
