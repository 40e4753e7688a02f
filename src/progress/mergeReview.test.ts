// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepAfter, mergeEnvelopes, sameProgress } from './merge';
import { emptyProgress, type ProgressEnvelope, type ReviewRecord } from './schema';

const DAY = 86_400_000;
const schedule = (last: number, due = last + DAY, grade = 3): ReviewRecord => ({
  hash: 'ab',
  due,
  last,
  grade,
});
const envelope = (review: ProgressEnvelope['review'], clearedAt?: number): ProgressEnvelope => ({
  ...emptyProgress(1),
  review,
  ...(clearedAt === undefined ? {} : { clearedAt }),
});

const records = fc.record({
  hash: fc.constantFrom('ab', 'cd'),
  due: fc.integer({ min: 0, max: 100 * DAY }),
  last: fc.integer({ min: 0, max: 20 }),
  grade: fc.integer({ min: 1, max: 4 }),
});
const reviews = fc.dictionary(fc.constantFrom('q1', 'q2', 'q3'), records);
const envelopes = fc.tuple(reviews, fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }));

describe('merging review schedules', () => {
  it('keeps the schedule graded last for each question, whichever tab holds it', () => {
    const a = envelope({ q1: schedule(10), q2: schedule(30) });
    const b = envelope({ q1: schedule(20, 5 * DAY), q3: schedule(1) });
    expect(mergeEnvelopes(a, b).review).toEqual({
      q1: schedule(20, 5 * DAY),
      q2: schedule(30),
      q3: schedule(1),
    });
  });

  it('is commutative, associative and idempotent, clearing times included, so every tab converges', () => {
    fc.assert(
      fc.property(envelopes, envelopes, envelopes, ([ra, ca], [rb, cb], [rc, cc]) => {
        const [a, b, c] = [envelope(ra, ca), envelope(rb, cb), envelope(rc, cc)];
        expect(sameProgress(mergeEnvelopes(a, b), mergeEnvelopes(b, a))).toBe(true);
        expect(
          sameProgress(mergeEnvelopes(mergeEnvelopes(a, b), c), mergeEnvelopes(a, mergeEnvelopes(b, c))),
        ).toBe(true);
        const ab = mergeEnvelopes(a, b);
        expect(sameProgress(mergeEnvelopes(ab, ab), ab)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('drops schedules graded before a reset in another tab, and keeps those graded after', () => {
    const old = envelope({ q1: schedule(50), q2: schedule(150) });
    const reset = envelope({}, 100);
    expect(Object.keys(mergeEnvelopes(old, reset).review)).toEqual(['q2']);
    expect(Object.keys(keepAfter(old, 100).review)).toEqual(['q2']);
  });
});
