/**
 * The assignment a learner is working on, once the banner has decoded and checked it: a tiny store
 * with no imports, so a quiz can read the assignment's pass mark without loading the classroom code
 * (the banner, its decoder and zod load only for learners with an assignment). Set by the banner
 * when a valid assignment decodes, cleared when the learner closes it.
 */

export interface ActiveAssignment {
  /** The assignment's id (its link's checksum). */
  id: string;
  title: string;
  /** The pass mark, 0–100, that the assignment sets for each of its quizzes. */
  passMark: number;
  quizIds: readonly string[];
  lessonIds: readonly string[];
}

type Listener = () => void;

let current: ActiveAssignment | null = null;
const listeners = new Set<Listener>();

/** The active assignment, or null; the same object until it changes (safe as a React snapshot). */
export function getActiveAssignment(): ActiveAssignment | null {
  return current;
}

/** Replaces the active assignment (null clears it) and tells every subscriber. */
export function setActiveAssignment(value: ActiveAssignment | null): void {
  if (value === current) return;
  current = value === null ? null : Object.freeze({ ...value });
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeActiveAssignment(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
