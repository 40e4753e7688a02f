// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keepAfter, mergeEnvelopes, sameProgress } from './merge';
import { type Attempt, emptyProgress, type ProgressEnvelope, type QuestionRecord } from './schema';
import { fullCourseProgress } from './testHelpers';

const answer = (answeredAt: number, choice = 0): QuestionRecord => ({
  quizId: 'dpa-basics',
  response: { type: 'single', choice },
  fraction: choice === 0 ? 1 : 0,
  correct: choice === 0,
  hash: 'abc',
  answeredAt,
});
const attempt = (id: string, finishedAt: number): Attempt => ({
  id,
  startedAt: finishedAt - 10,
  finishedAt,
  mode: 'practice',
  earned: 1,
  possible: 2,
  percent: 50,
  passed: false,
});
const envelope = (parts: Partial<ProgressEnvelope>): ProgressEnvelope => ({ ...emptyProgress(1), ...parts });

describe('mergeEnvelopes', () => {
  it('keeps the later answer to each question, whichever side holds it', () => {
    const a = envelope({ questions: { q1: answer(10, 0), q2: answer(30, 1) } });
    const b = envelope({ questions: { q1: answer(20, 1), q2: answer(5, 0), q3: answer(1) } });
    const merged = mergeEnvelopes(a, b);
    expect(merged.questions).toEqual({ q1: answer(20, 1), q2: answer(30, 1), q3: answer(1) });
  });

  it('unions attempts by id, in the order they finished', () => {
    const a = envelope({ quizzes: { quiz: { attempts: [attempt('a', 10), attempt('c', 30)] } } });
    const b = envelope({
      quizzes: {
        quiz: { attempts: [attempt('b', 20), attempt('a', 10)] },
        other: { attempts: [attempt('d', 5)] },
      },
    });
    const merged = mergeEnvelopes(a, b);
    expect(merged.quizzes.quiz?.attempts.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(merged.quizzes.other?.attempts).toHaveLength(1);
  });

  it('merges lessons per field: latest visit, and the latest "Mark as done" choice', () => {
    const a = envelope({ lessons: { l: { visitedAt: 50, markedDone: true, markedAt: 10 } } });
    const b = envelope({ lessons: { l: { visitedAt: 20, markedDone: false, markedAt: 40 } } });
    expect(mergeEnvelopes(a, b).lessons.l).toEqual({ visitedAt: 50, markedDone: false, markedAt: 40 });
  });

  it('keeps the latest last page and export time', () => {
    const a = envelope({ lastPage: { path: '/a', title: 'A', at: 5 }, lastExportAt: 100 });
    const b = envelope({ lastPage: { path: '/b', title: 'B', at: 9 }, lastExportAt: 50 });
    expect(mergeEnvelopes(a, b)).toMatchObject({ lastPage: { path: '/b' }, lastExportAt: 100 });
  });

  it('gives the same result in either order and changes nothing when merged with itself', () => {
    const a = envelope({ questions: { q1: answer(10, 0) }, lessons: { l: { visitedAt: 3 } } });
    const b = envelope({
      questions: { q1: answer(10, 1) },
      quizzes: { quiz: { attempts: [attempt('x', 2)] } },
    });
    expect(sameProgress(mergeEnvelopes(a, b), mergeEnvelopes(b, a))).toBe(true);
    const course = fullCourseProgress();
    expect(sameProgress(mergeEnvelopes(course, course), course)).toBe(true);
  });

  it('drops what the other side recorded before a later reset, and keeps what came after', () => {
    const resetTab = envelope({ clearedAt: 100, questions: { q3: answer(150) } });
    const oldTab = envelope({
      questions: { q1: answer(50), q2: answer(120) },
      lessons: { l: { visitedAt: 90, markedDone: true, markedAt: 110 } },
    });
    const merged = mergeEnvelopes(oldTab, resetTab);
    expect(Object.keys(merged.questions).sort()).toEqual(['q2', 'q3']);
    expect(merged.lessons.l).toEqual({ markedDone: true, markedAt: 110 });
    expect(merged.clearedAt).toBe(100);
  });

  it('never changes its inputs', () => {
    const a = Object.freeze(envelope({ questions: Object.freeze({ q1: answer(1) }) }));
    const b = Object.freeze(envelope({ questions: Object.freeze({ q1: answer(2) }), clearedAt: 1 }));
    expect(() => mergeEnvelopes(a, b)).not.toThrow();
    expect(a.questions.q1?.answeredAt).toBe(1);
  });
});

describe('keepAfter', () => {
  it('keeps only records strictly after the given time', () => {
    const kept = keepAfter(fullCourseProgress(0), 1e6 * 15);
    expect(Object.keys(kept.questions)).toHaveLength(8);
    expect(kept.quizzes).toEqual({});
    expect(kept.lastPage).toBeUndefined();
  });
});

describe('sameProgress', () => {
  it('ignores updatedAt and key order but not content', () => {
    const a = envelope({ updatedAt: 1, questions: { q1: answer(1), q2: answer(2) } });
    const b = envelope({ updatedAt: 9, questions: { q2: answer(2), q1: answer(1) } });
    expect(sameProgress(a, b)).toBe(true);
    expect(sameProgress(a, envelope({ questions: { q1: answer(1) } }))).toBe(false);
  });
});
