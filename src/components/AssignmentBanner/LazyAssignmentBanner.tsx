/**
 * Loads the assignment banner only for a student who has an assignment: one in the link's
 * #assignment= fragment or one remembered from an earlier visit. Everyone else never downloads the
 * classroom code, which keeps lesson pages within their byte budget (README, "Performance").
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { payloadFromHash } from '@site/src/classroom/fragment';
import { assignmentSlot } from '@site/src/progress/assignmentSlot';

const AssignmentBanner = lazy(() => import('./index'));

/** Whether this page should show the banner: teacher pages use the same fragment for their own ends. */
export function wantsAssignmentBanner(baseUrl: string, pathname: string, hash: string, saved: string | null) {
  if (pathname.startsWith(`${baseUrl}teach`)) return false;
  return payloadFromHash(hash) !== null || saved !== null;
}

export default function LazyAssignmentBanner({ baseUrl }: { baseUrl: string }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const check = () => {
      const { pathname, hash } = window.location;
      const pending = assignmentSlot(baseUrl, undefined, 'pending');
      const remembered = assignmentSlot(baseUrl).read() ?? pending.read();
      if (!wantsAssignmentBanner(baseUrl, pathname, hash, remembered)) return;
      // Keep the link now, so a student who moves on before the banner's code arrives still has it;
      // but only as pending: the banner checks it before it may replace the saved assignment.
      const fromLink = payloadFromHash(hash);
      if (fromLink) pending.write(fromLink);
      setWanted(true);
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
