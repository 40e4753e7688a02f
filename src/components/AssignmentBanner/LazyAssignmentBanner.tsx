/**
 * Loads the assignment banner only for a student who has an assignment: one in the link's
 * #assignment= fragment or one remembered from an earlier visit. Everyone else never downloads the
 * classroom code, which keeps lesson pages within their byte budget (README, "Performance").
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { assignmentSlot } from '@site/src/progress/assignmentSlot';

const AssignmentBanner = lazy(() => import('./index'));

/** Whether this page should show the banner: teacher pages use the same fragment for their own ends. */
export function wantsAssignmentBanner(baseUrl: string, pathname: string, hash: string, saved: string | null) {
  if (pathname.startsWith(`${baseUrl}teach`)) return false;
  return /^#?assignment=/.test(hash) || saved !== null;
}

export default function LazyAssignmentBanner({ baseUrl }: { baseUrl: string }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const check = () => {
      const { pathname, hash } = window.location;
      if (wantsAssignmentBanner(baseUrl, pathname, hash, assignmentSlot(baseUrl).read())) setWanted(true);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [baseUrl]);
  return wanted ? (
    <Suspense fallback={null}>
      <AssignmentBanner baseUrl={baseUrl} />
    </Suspense>
  ) : null;
}
