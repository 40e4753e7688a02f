import { useCallback, useEffect, useState } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { setActiveAssignment } from '@site/src/classroom/activeAssignment';
import {
  type Assignment,
  type DecodeResult,
  decodeAssignment,
  payloadFromHash,
} from '@site/src/classroom/assignment';
import { assignmentSlot } from '@site/src/progress/assignmentSlot';
import type { StorageSlot } from '@site/src/progress/storageSlot';

export type Decoded = Extract<DecodeResult, { ok: true }>;

export interface ActiveState {
  /** The assignment the student is working on (saved, or just opened and valid). */
  current: Decoded | null;
  /** Why the link just opened cannot be used; the saved assignment, if any, is kept. */
  problem: string | null;
}

const NONE: ActiveState = { current: null, problem: null };

/** What a quiz needs to know of the assignment (see src/classroom/activeAssignment.ts). */
const activeOf = (assignment: Assignment) => ({
  id: assignment.id,
  title: assignment.title,
  passMark: assignment.passMark,
  quizIds: assignment.quizzes,
  lessonIds: assignment.lessons,
});

/**
 * The student's assignment. A link just opened (in the #assignment= fragment, or left pending by
 * LazyAssignmentBanner when the student moved on before this code arrived) replaces the saved one
 * only when it decodes; a damaged link is reported and the saved assignment stays. Read in an
 * effect, so the server HTML and hydration never depend on the URL or storage.
 */
export function useActiveAssignment(
  baseUrl: string,
  outline: CourseOutline,
  storage?: StorageSlot,
): { state: ActiveState; dismiss: () => void; dismissProblem: () => void } {
  const [state, setState] = useState<ActiveState>(NONE);

  useEffect(() => {
    // Teacher pages (/teach, the gradebook) use the same fragment for their own purpose.
    if (window.location.pathname.startsWith(`${baseUrl}teach`)) return;
    const saved = assignmentSlot(baseUrl, storage);
    const pending = assignmentSlot(baseUrl, storage, 'pending');
    const load = () => {
      const fromLink = payloadFromHash(window.location.hash);
      const candidate = fromLink ?? pending.read();
      pending.clear();
      const savedPayload = saved.read();
      const savedDecoded = savedPayload === null ? null : decodeAssignment(savedPayload, outline);
      // A saved link that no longer decodes (the course changed) is forgotten quietly.
      if (savedDecoded && !savedDecoded.ok) saved.clear();
      let next: ActiveState = { current: savedDecoded?.ok ? savedDecoded : null, problem: null };
      if (candidate !== null) {
        const decoded = decodeAssignment(candidate, outline);
        if (decoded.ok) saved.write(decoded.payload);
        next = decoded.ok ? { current: decoded, problem: null } : { ...next, problem: decoded.reason };
      }
      setState(next);
      setActiveAssignment(next.current ? activeOf(next.current.assignment) : null);
      if (fromLink === null) return;
      // Drop the payload from the address bar so the page's own anchors and copied URLs stay clean.
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [baseUrl, outline, storage]);

  const dismiss = useCallback(() => {
    assignmentSlot(baseUrl, storage).clear();
    setActiveAssignment(null);
    setState(NONE);
  }, [baseUrl, storage]);
  const dismissProblem = useCallback(() => setState((current) => ({ ...current, problem: null })), []);

  return { state, dismiss, dismissProblem };
}
