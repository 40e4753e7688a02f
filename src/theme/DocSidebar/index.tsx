/**
 * Docusaurus's DocSidebar, with one change: the switch from the desktop sidebar (drawn by the
 * server) to the phone's menu happens in a deferred render. On a phone the original swapped them
 * in one synchronous render right after hydration, a long task on a slow phone (bench/REPORT.md);
 * a deferred render yields to the browser between components.
 */
import { useDeferredValue } from 'react';
import { useWindowSize } from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type { Props } from '@theme/DocSidebar';

export default function DocSidebar(props: Props) {
  const windowSize = useDeferredValue(useWindowSize());
  // The desktop sidebar is visible when the page hydrates, so the server draws it.
  const desktop = windowSize === 'desktop' || windowSize === 'ssr';
  return (
    <>
      {desktop && <DocSidebarDesktop {...props} />}
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}
