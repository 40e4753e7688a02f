import { useCallback, useEffect, useState } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { type DecodeResult, decodeAssignment, payloadFromHash } from '@site/src/classroom/assignment';
import { type AssignmentSlot, assignmentSlot } from '@site/src/progress/assignmentSlot';

/**
 * The student's active assignment: from the link's #assignment= fragment when there is one
 * (then remembered through the assignment slot so it survives reloads), else the remembered one.
 * Read in an effect, so the server HTML and hydration never depend on the URL or storage.
 */
export function useActiveAssignment(
  baseUrl: string,
  outline: CourseOutline,
  slot?: AssignmentSlot,
): { active: DecodeResult | null; dismiss: () => void } {
  const [active, setActive] = useState<DecodeResult | null>(null);

  useEffect(() => {
    // Teacher pages (/teach, the gradebook) use the same fragment for their own purpose.
    if (window.location.pathname.startsWith(`${baseUrl}teach`)) return;
    const store = slot ?? assignmentSlot(baseUrl);
    const load = () => {
      const fromLink = payloadFromHash(window.location.hash);
      if (fromLink === null) {
        const saved = store.read();
        const decoded = saved === null ? null : decodeAssignment(saved, outline);
        // A saved link that no longer decodes (course changed) is forgotten quietly.
        if (decoded && !decoded.ok) store.clear();
        setActive(decoded?.ok ? decoded : null);
        return;
      }
      const decoded = decodeAssignment(fromLink, outline);
      if (decoded.ok) store.write(decoded.payload);
      setActive(decoded);
      // Drop the payload from the address bar so the page's own anchors and copied URLs stay clean.
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [baseUrl, outline, slot]);

  const dismiss = useCallback(() => {
    (slot ?? assignmentSlot(baseUrl)).clear();
    setActive(null);
  }, [baseUrl, slot]);

  return { active, dismiss };
}
