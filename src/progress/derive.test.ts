// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answerOf,
  attemptsOf,
  bestScore,
  exportReminderDue,
  hashChanged,
  hasPassed,
  isLessonComplete,
  isLessonVisited,
  mostMissedQuestions,
  overallPercent,
} from './derive';
import { type Attempt, emptyProgress, type ProgressEnvelope, type QuestionRecord } from './schema';

const attempt = (percent: number, passed: boolean, finishedAt: number): Attempt => ({
  id: `a-${finishedAt}`,
  startedAt: finishedAt,
  finishedAt,
  mode: 'test',
  earned: percent,
  possible: 100,
  percent,
  passed,
});
const answer = (fraction: number, answeredAt: number): QuestionRecord => ({
  quizId: 'q1',
  response: { type: 'single', choice: 0 },
  fraction,
  correct: fraction === 1,
  hash: 'abc',
  answeredAt,
});
const progress: ProgressEnvelope = {
  ...emptyProgress(1),
  quizzes: {
    q1: { attempts: [attempt(60, false, 1), attempt(90, true, 2), attempt(70, false, 3)] },
    q2: { attempts: [attempt(40, false, 1)] },
  },
  lessons: {
    'u/no-quiz': { visitedAt: 1, markedDone: true, markedAt: 2 },
    'u/quiz': { visitedAt: 1, markedDone: true, markedAt: 2 },
  },
  questions: { a: answer(1, 1), b: answer(0, 2), c: answer(0.5, 3), d: answer(0, 4) },
};
const lessons = [
  { docId: 'u/no-quiz', quizIds: [] },
  { docId: 'u/quiz', quizIds: ['q1', 'q2'] },
  { docId: 'u/one-quiz', quizIds: ['q1'] },
  { docId: 'u/unseen', quizIds: [] },
];

describe('derived progress', () => {
  it('gives best score and passed from the attempts, and nothing for an untried quiz', () => {
    expect(bestScore(progress, 'q1')).toBe(90);
    expect(hasPassed(progress, 'q1')).toBe(true);
    expect(hasPassed(progress, 'q2')).toBe(false);
    expect(bestScore(progress, 'never')).toBeNull();
    expect(attemptsOf(progress, 'toString')).toEqual([]);
    expect(answerOf(progress, 'constructor')).toBeUndefined();
  });

  it('completes a lesson when all its quizzes pass, or by "Mark as done" when it has none', () => {
    expect(lessons.map((l) => isLessonComplete(progress, l))).toEqual([true, false, true, false]);
    expect(isLessonVisited(progress, 'u/quiz')).toBe(true);
    expect(isLessonVisited(progress, 'u/unseen')).toBe(false);
  });

  it('gives the overall percentage of complete lessons', () => {
    expect(overallPercent(progress, { lessons })).toBe(50);
    expect(overallPercent(progress, { lessons: [] })).toBe(0);
  });

  it('lists the most missed questions: lowest credit first, then most recent', () => {
    expect(mostMissedQuestions(progress).map((m) => m.questionId)).toEqual(['d', 'b', 'c']);
    expect(mostMissedQuestions(progress, 1)).toHaveLength(1);
  });

  it('reminds to export when the last export is more than 7 days old, or never happened', () => {
    const week = 7 * 24 * 60 * 60 * 1000;
    expect(exportReminderDue(undefined, 5)).toBe(true);
    expect(exportReminderDue(0, week)).toBe(false);
    expect(exportReminderDue(0, week + 1)).toBe(true);
  });

  it('shows a question as changed when its content hash differs or is unknown', () => {
    expect(hashChanged({ hash: 'abc' }, 'abc')).toBe(false);
    expect(hashChanged({ hash: 'abc' }, 'abd')).toBe(true);
    expect(hashChanged({ hash: '' }, 'abc')).toBe(true);
  });
});
