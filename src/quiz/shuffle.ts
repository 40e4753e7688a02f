/**
 * Seeded shuffling. The order must be the same on the server-rendered page, after hydration
 * and on every reload of the same attempt, so nothing here may use Math.random.
 */
import { cyrb53 } from './hash';

/** A generator of floats in [0, 1) (mulberry32); the same seed always gives the same sequence. */
export function seededRandom(seed: string | number): () => number {
  let state = cyrb53(String(seed)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fisherYates(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

const isIdentity = (order: number[]): boolean => order.every((value, index) => value === index);

// Redrawing keeps every non-identity order equally likely; for two items each draw is the
// identity half the time, so 16 draws fail once in 65,536 seeds and then the rotation decides.
const MAX_DRAWS = 16;

/**
 * A permutation of 0..length-1, the same for the same seed, and never the identity when
 * length > 1: a "shuffled" ordering question shown already in order would give the answer away.
 */
export function shuffledOrder(length: number, seed: string | number): number[] {
  if (!Number.isInteger(length) || length < 0) {
    throw new Error(`[quiz] shuffledOrder needs a whole number of items (0 or more), got ${length}.`);
  }
  const random = seededRandom(seed);
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const order = fisherYates(length, random);
    if (length < 2 || !isIdentity(order)) return order;
  }
  return Array.from({ length }, (_, i) => (i + 1) % length);
}

/**
 * The shuffle seed for one question in one attempt: a new attempt reshuffles. It is the same for
 * every learner on purpose, because the static HTML is rendered before anyone's progress is known
 * and must match what hydration renders.
 */
export function attemptSeed(quizId: string, questionId: string, attempt: number): string {
  return `${quizId}/${questionId}/${attempt}`;
}
