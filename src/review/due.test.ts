// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testOutline } from '../course/testOutline';
import type { ReviewRecord } from '../progress/schema';
import { courseQuestions } from './courseQuestions';
import { dueCount, dueQuestions, nextDueAt, scheduledCount } from './due';
import { DAY_MS, firstSchedule, GRADE } from './entry';

const NOW = Date.UTC(2026, 11, 1, 9);
const HASH = '0a1b2c3d4e5f60'; // every question's hash in the test outline
const course = courseQuestions(testOutline);
const dueIn = (days: number, hash = HASH): ReviewRecord => ({
  ...firstSchedule(hash, GRADE.good, NOW - 5 * DAY_MS),
  due: NOW + days * DAY_MS,
});

describe('courseQuestions', () => {
  it('lists the course questions in course order, without the example gallery', () => {
    expect([...course.keys()]).toEqual([
      'sh-q1',
      'sh-q2',
      'dpa-title-i-purpose',
      'dpa-q2',
      'dpa-q3',
      'scr-q1',
      'scr-q2',
    ]);
    expect(course.get('dpa-q2')).toMatchObject({
      quizId: 'dpa-basics',
      lessonTitle: 'The Defense Production Act',
    });
  });
});

describe('due questions', () => {
  const review = {
    'dpa-q2': dueIn(-1),
    'scr-q1': dueIn(-3),
    'dpa-q3': dueIn(2),
    'sh-q1': dueIn(5, 'ffffffffffffff'),
    'retired-question': dueIn(-10),
    'gallery-single': dueIn(-10),
  };

  it('counts questions whose date has come and questions that changed since, but never one the course no longer has', () => {
    expect(dueCount(review, course, NOW)).toBe(3);
    expect(dueQuestions(review, course, NOW).map((q) => [q.questionId, q.changed])).toEqual([
      ['scr-q1', false],
      ['dpa-q2', false],
      ['sh-q1', true],
    ]);
  });

  it('counts a question due at this very moment', () => {
    expect(dueCount({ 'dpa-q3': dueIn(0) }, course, NOW)).toBe(1);
    expect(dueCount({ 'dpa-q3': dueIn(0) }, course, NOW - 1)).toBe(0);
  });

  it('says when the next question falls due, or null when nothing is scheduled', () => {
    expect(nextDueAt(review, course, NOW)).toBe(NOW + 2 * DAY_MS);
    expect(nextDueAt({ 'retired-question': dueIn(3) }, course, NOW)).toBeNull();
    expect(nextDueAt({}, course, NOW)).toBeNull();
    expect(scheduledCount(review, course)).toBe(4);
  });

  it('reads only own entries, so an id such as "constructor" never counts', () => {
    const outline = {
      ...testOutline,
      quizzes: {
        ...testOutline.quizzes,
        'dpa-basics': {
          ...testOutline.quizzes['dpa-basics']!,
          questions: [{ id: 'constructor', type: 'single' as const, points: 1, hash: HASH }],
        },
      },
    };
    expect(dueCount({}, courseQuestions(outline), NOW)).toBe(0);
  });
});
