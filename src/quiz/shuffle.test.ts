// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { attemptSeed, seededRandom, shuffledOrder } from './shuffle';

const isPermutation = (order: number[], length: number) =>
  order.length === length && [...order].sort((a, b) => a - b).every((v, i) => v === i);

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom('quiz/q/1');
    const b = seededRandom('quiz/q/1');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('gives a different sequence for a different seed', () => {
    expect(seededRandom('seed-a')()).not.toBe(seededRandom('seed-b')());
  });

  it('treats a number seed like its string form', () => {
    expect(seededRandom(42)()).toBe(seededRandom('42')());
  });

  it('spreads its values evenly over [0, 1), never reaching 1', () => {
    const random = seededRandom('range');
    const buckets = Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]! += 1;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});

describe('shuffledOrder', () => {
  it('returns a permutation of every index', () => {
    for (const length of [2, 3, 5, 10, 50]) {
      expect(isPermutation(shuffledOrder(length, `p-${length}`), length)).toBe(true);
    }
  });

  it('gives the same order for the same seed, even from a fresh copy of the module (no hidden state)', async () => {
    const first = shuffledOrder(8, 'stable');
    shuffledOrder(8, 'something else'); // calls in between must not shift it
    vi.resetModules();
    const fresh = await import('./shuffle');
    expect(fresh.shuffledOrder(8, 'stable')).toEqual(first);
    expect(shuffledOrder(8, 'stable')).toEqual(first);
  });

  it('gives different orders for most different seeds', () => {
    const orders = new Set(Array.from({ length: 200 }, (_, i) => shuffledOrder(6, `seed-${i}`).join()));
    // 719 non-identity orders of six items; 200 random draws should collide only a little.
    expect(orders.size).toBeGreaterThan(160);
  });

  it('never comes out already in order when there are two or more items', () => {
    for (const length of [2, 3, 4]) {
      for (let i = 0; i < 2000; i++) {
        const order = shuffledOrder(length, `identity-${length}-${i}`);
        expect(order.every((v, index) => v === index)).toBe(false);
      }
    }
  });

  it('swaps two items every time, since that is the only order that is not the answer', () => {
    expect(shuffledOrder(2, 'any')).toEqual([1, 0]);
  });

  it('picks every non-identity order about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const key = shuffledOrder(3, `uniform-${i}`).join();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(5);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('returns an empty order for no items and [0] for one item', () => {
    expect(shuffledOrder(0, 'empty')).toEqual([]);
    expect(shuffledOrder(1, 'one')).toEqual([0]);
  });

  it('rejects a negative or fractional length with a [quiz] error', () => {
    expect(() => shuffledOrder(-1, 's')).toThrow(/^\[quiz\] /);
    expect(() => shuffledOrder(2.5, 's')).toThrow(/^\[quiz\] /);
    expect(() => shuffledOrder(Number.NaN, 's')).toThrow(/^\[quiz\] /);
  });
});

describe('attemptSeed', () => {
  it('is built from the quiz, question and attempt alone, so server and browser compute the same seed', () => {
    expect(attemptSeed('dpa-basics', 'q-1', 1)).toBe('dpa-basics/q-1/1');
  });

  it('changes with the attempt, so a retry reshuffles', () => {
    expect(attemptSeed('dpa-basics', 'q-1', 1)).not.toBe(attemptSeed('dpa-basics', 'q-1', 2));
    expect(shuffledOrder(10, attemptSeed('dpa-basics', 'q-1', 1))).not.toEqual(
      shuffledOrder(10, attemptSeed('dpa-basics', 'q-1', 2)),
    );
  });

  it('differs between questions and between quizzes', () => {
    const seeds = new Set([
      attemptSeed('quiz-a', 'q-1', 1),
      attemptSeed('quiz-a', 'q-2', 1),
      attemptSeed('quiz-b', 'q-1', 1),
    ]);
    expect(seeds.size).toBe(3);
  });

  it('cannot make two different id pairs collide, since ids never contain the separator', () => {
    expect(attemptSeed('a-b', 'c', 1)).not.toBe(attemptSeed('a', 'b-c', 1));
  });
});
