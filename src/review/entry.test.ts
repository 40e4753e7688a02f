// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEmptyCard } from 'ts-fsrs';
import {
  afterLessonAnswer,
  DAY_MS,
  FIRST_INTERVAL_DAYS,
  firstSchedule,
  GRADE,
  type ReviewGrade,
} from './entry';
import { afterReview, cardOf, SCHEDULER } from './scheduler';

const T0 = Date.UTC(2026, 10, 26, 9);
const GRADES: ReviewGrade[] = [1, 2, 3, 4];

describe('firstSchedule', () => {
  it.each(GRADES)('dates the first review after grade %i exactly as ts-fsrs does', (grade) => {
    const byFsrs = SCHEDULER.next(createEmptyCard(T0), T0, grade).card.due.getTime();
    expect(firstSchedule('ab', grade, T0).due).toBe(byFsrs);
    expect(afterReview(undefined, 'ab', T0, grade).due).toBe(byFsrs);
  });

  it('brings a missed question back the next day and a right one after a few days', () => {
    expect(FIRST_INTERVAL_DAYS[GRADE.again]).toBe(1);
    expect(FIRST_INTERVAL_DAYS[GRADE.good]).toBeGreaterThan(1);
  });

  it('stands for the very card ts-fsrs makes from that first grade', () => {
    for (const grade of GRADES) {
      expect(cardOf(firstSchedule('ab', grade, T0))).toEqual(
        SCHEDULER.next(createEmptyCard(T0), T0, grade).card,
      );
    }
  });
});

describe('afterLessonAnswer', () => {
  const right = (at: number, hash = 'ab') => ({ hash, correct: true, at });
  const wrong = (at: number, hash = 'ab') => ({ hash, correct: false, at });

  it('puts a question into review on its first answer: wrong is due in a day, right in three', () => {
    expect(afterLessonAnswer(undefined, wrong(T0))).toEqual({
      hash: 'ab',
      due: T0 + DAY_MS,
      last: T0,
      grade: 1,
    });
    expect(afterLessonAnswer(undefined, right(T0))).toEqual({
      hash: 'ab',
      due: T0 + 3 * DAY_MS,
      last: T0,
      grade: 3,
    });
  });

  it('leaves a schedule alone when the question is answered right again in a lesson', () => {
    const reviewed = afterReview(firstSchedule('ab', GRADE.good, T0), 'ab', T0 + 3 * DAY_MS, GRADE.good);
    expect(afterLessonAnswer(reviewed, right(T0 + 4 * DAY_MS))).toBe(reviewed);
  });

  it('starts again from tomorrow when the question is missed again in a lesson', () => {
    const reviewed = afterReview(firstSchedule('ab', GRADE.good, T0), 'ab', T0 + 3 * DAY_MS, GRADE.good);
    const at = T0 + 4 * DAY_MS;
    expect(afterLessonAnswer(reviewed, wrong(at))).toEqual({
      hash: 'ab',
      due: at + DAY_MS,
      last: at,
      grade: 1,
    });
  });

  it('restarts the schedule of a question whose content changed, even on a right answer', () => {
    const reviewed = afterReview(firstSchedule('ab', GRADE.good, T0), 'ab', T0 + 3 * DAY_MS, GRADE.easy);
    const at = T0 + 5 * DAY_MS;
    expect(afterLessonAnswer(reviewed, right(at, 'cd'))).toEqual(firstSchedule('cd', GRADE.good, at));
  });

  it('ignores a lesson answer older than the schedule it would replace', () => {
    const current = firstSchedule('ab', GRADE.good, T0);
    expect(afterLessonAnswer(current, wrong(T0 - 1))).toBe(current);
  });
});
