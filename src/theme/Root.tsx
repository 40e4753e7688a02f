/**
 * Wraps the whole site: provides the learner's progress store (created in the browser only, keyed
 * by the site's base URL so two courses on one origin never collide) and connects quizzes to it.
 * The assignment banner is placed by ./AnnouncementBar, after the skip link.
 */
import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { HydrationDone } from '@site/src/components/useHydrated';
import QuizProgressBridge from '@site/src/components/QuizProgressBridge';
import StorageNotice from '@site/src/components/StorageNotice';
import { browserProgressStore } from '@site/src/progress/browserStore';
import { ProgressStoreContext } from '@site/src/progress/useProgress';

export default function Root({ children }: { children: ReactNode }) {
  const { siteConfig } = useDocusaurusContext();
  return (
    <ProgressStoreContext.Provider value={browserProgressStore(siteConfig.baseUrl)}>
      <QuizProgressBridge>{children}</QuizProgressBridge>
      <StorageNotice />
      <HydrationDone />
    </ProgressStoreContext.Provider>
  );
}
