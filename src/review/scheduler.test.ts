// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Card, createEmptyCard } from 'ts-fsrs';
import { reviewRecordSchema, type ReviewRecord } from '../progress/schema';
import { DAY_MS, firstSchedule, GRADE, type ReviewGrade } from './entry';
import { afterReview, MAX_INTERVAL_DAYS, rightAnswerChoices, SCHEDULER } from './scheduler';

const T0 = Date.UTC(2026, 10, 26, 9);
const grades = fc.constantFrom<ReviewGrade>(1, 2, 3, 4);
// Reviews on or after their due date, up to 40 days late, or early by up to a day.
const reviews = fc.array(fc.tuple(grades, fc.integer({ min: -DAY_MS, max: 40 * DAY_MS })), { maxLength: 25 });

describe('afterReview', () => {
  it('saves only what it can read back: after any reviews, the stored schedule goes on exactly as ts-fsrs would', () => {
    fc.assert(
      fc.property(grades, reviews, (first, steps) => {
        let stored: ReviewRecord = firstSchedule('ab', first, T0);
        let card: Card = SCHEDULER.next(createEmptyCard(T0), T0, first).card;
        for (const [grade, offset] of steps) {
          const at = Math.max(stored.last + 1, stored.due + offset);
          // Through JSON and the schema, as a reload or another tab reads it.
          const reread = reviewRecordSchema.parse(JSON.parse(JSON.stringify(stored)));
          stored = afterReview(reread, 'ab', at, grade);
          card = SCHEDULER.next(card, at, grade).card;
          expect(stored.due).toBe(Math.min(card.due.getTime(), at + MAX_INTERVAL_DAYS * DAY_MS));
          const { stability, difficulty, reps, lapses, state } = card;
          expect(stored.memory).toEqual({ stability, difficulty, reps, lapses, state });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves the next date out after a right answer and brings it in after a wrong one', () => {
    const entered = firstSchedule('ab', GRADE.again, T0);
    const right = afterReview(entered, 'ab', entered.due, GRADE.good);
    expect(right.due - right.last).toBeGreaterThan(entered.due - entered.last);
    const again = afterReview(right, 'ab', right.due, GRADE.again);
    expect(again.due - again.last).toBeLessThan(right.due - right.last);
    expect(again.memory?.lapses).toBe(1);
  });

  it('orders the choices after a right answer: hard sooner than good, good sooner than easy', () => {
    const entered = firstSchedule('ab', GRADE.good, T0);
    const { hard, good, easy } = rightAnswerChoices(entered, 'ab', entered.due);
    expect(hard.due).toBeLessThan(good.due);
    expect(good.due).toBeLessThan(easy.due);
  });

  it('starts a changed question afresh, forgetting what it knew about the old version', () => {
    const longKnown = afterReview(firstSchedule('ab', GRADE.easy, T0), 'ab', T0 + 8 * DAY_MS, GRADE.easy);
    const changed = afterReview(longKnown, 'cd', T0 + 9 * DAY_MS, GRADE.good);
    expect(changed).toMatchObject({ hash: 'cd', memory: { reps: 1, lapses: 0 } });
    expect(changed.due).toBe(firstSchedule('cd', GRADE.good, T0 + 9 * DAY_MS).due);
  });

  it('never schedules a question more than a year ahead', () => {
    let record = firstSchedule('ab', GRADE.easy, T0);
    for (let i = 0; i < 12; i++) record = afterReview(record, 'ab', record.due, GRADE.easy);
    expect(record.due - record.last).toBeLessThanOrEqual(MAX_INTERVAL_DAYS * DAY_MS);
  });
});
