/**
 * The assignment banner sits in the announcement bar's place: after "Skip to main content" (the
 * first thing a keyboard user reaches on every page, WCAG 2.4.1) and before the navbar, where it is
 * seen. Rendered from Root, it came before the skip link in tab order.
 */
import type { ComponentProps } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import AnnouncementBar from '@theme-original/AnnouncementBar';
import LazyAssignmentBanner from '@site/src/components/AssignmentBanner/LazyAssignmentBanner';

export default function AnnouncementBarWrapper(props: ComponentProps<typeof AnnouncementBar>) {
  const { siteConfig } = useDocusaurusContext();
  return (
    <>
      <LazyAssignmentBanner baseUrl={siteConfig.baseUrl} />
      <AnnouncementBar {...props} />
    </>
  );
}
