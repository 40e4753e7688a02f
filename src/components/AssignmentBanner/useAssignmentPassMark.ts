import { useMemo, useSyncExternalStore } from 'react';
import { getActiveAssignment, subscribeActiveAssignment } from '@site/src/classroom/activeAssignment';
import { useHydrated } from '../useHydrated';

const serverSnapshot = () => null;

/**
 * The pass mark that counts for this quiz: the active assignment's, with its title, when the quiz is
 * one of the assignment's; null otherwise (the quiz's own pass mark counts). Null on the server and
 * during hydration, so the static HTML never depends on the learner's assignment.
 */
export function useAssignmentPassMark(quizId: string): { passMark: number; title: string } | null {
  const active = useSyncExternalStore(
    subscribeActiveAssignment,
    useHydrated() ? getActiveAssignment : serverSnapshot,
    serverSnapshot,
  );
  return useMemo(
    () =>
      active && active.quizIds.includes(quizId) ? { passMark: active.passMark, title: active.title } : null,
    [active, quizId],
  );
}
