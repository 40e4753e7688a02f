import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressEnvelope } from '@site/src/progress/schema';
import { lessonState } from './lessonState';

const attempt = (passed: boolean) => ({
  id: `a-${passed}`,
  startedAt: 1,
  finishedAt: 2,
  mode: 'practice' as const,
  earned: passed ? 5 : 1,
  possible: 5,
  percent: passed ? 100 : 20,
  passed,
});

describe('lessonState', () => {
  it('is not started when nothing was opened or answered', () => {
    expect(lessonState(emptyProgress(0), 'unit-1/dpa', ['u1'])).toBe('not-started');
  });

  it('is in progress once opened, and done once the quiz is passed', () => {
    const visited: ProgressEnvelope = { ...emptyProgress(0), lessons: { 'unit-1/dpa': { visitedAt: 5 } } };
    expect(lessonState(visited, 'unit-1/dpa', ['u1'])).toBe('in-progress');
    const failed = { ...visited, quizzes: { u1: { attempts: [attempt(false)] } } };
    expect(lessonState(failed, 'unit-1/dpa', ['u1'])).toBe('in-progress');
    const passed = { ...visited, quizzes: { u1: { attempts: [attempt(false), attempt(true)] } } };
    expect(lessonState(passed, 'unit-1/dpa', ['u1'])).toBe('done');
  });

  it('counts a page without a quiz as done only when marked done', () => {
    const marked: ProgressEnvelope = {
      ...emptyProgress(0),
      lessons: { overview: { visitedAt: 1, markedDone: true, markedAt: 2 } },
    };
    expect(lessonState(marked, 'overview', [])).toBe('done');
  });
});
