/**
 * Limits of a saved attempt, apart from the attempt logic so the progress schema (on every page)
 * can share them without loading the grader.
 */

/** Earlier tries kept per question; older ones are dropped so a saved attempt stays small. */
export const MAX_EARLIER_TRIES = 10;
