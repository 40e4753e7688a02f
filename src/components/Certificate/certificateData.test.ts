// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testOutline } from '@site/src/course/testOutline';
import { type Attempt, emptyProgress, type ProgressEnvelope } from '@site/src/progress/schema';
import {
  certificateFields,
  certificateScopes,
  completedScopes,
  localDay,
  WHOLE_COURSE,
} from './certificateData';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 12);
const attempt = (id: string, finishedAt: number, percent: number): Attempt => ({
  id,
  startedAt: finishedAt - 1000,
  finishedAt,
  mode: 'test',
  earned: percent,
  possible: 100,
  percent,
  passMark: 80,
  passed: percent >= 80,
});
const withAttempts = (quizzes: Record<string, Attempt[]>): ProgressEnvelope => ({
  ...emptyProgress(1),
  quizzes: Object.fromEntries(Object.entries(quizzes).map(([id, attempts]) => [id, { attempts }])),
});

describe('completedScopes', () => {
  it('offers a unit once every quiz in it is passed, and the course once every unit is', () => {
    expect(certificateScopes(testOutline).map((s) => s.label)).toEqual([
      WHOLE_COURSE,
      'Start here',
      'Unit 1: Two levers',
    ]);
    const unitDone = withAttempts({
      'dpa-basics': [attempt('a', T0, 90)],
      'scr-basics': [attempt('b', T0, 60), attempt('c', T0 + DAY, 80)],
    });
    expect(completedScopes(unitDone, testOutline).map((s) => s.label)).toEqual(['Unit 1: Two levers']);
    const failed = withAttempts({
      'dpa-basics': [attempt('a', T0, 90)],
      'scr-basics': [attempt('b', T0, 60)],
    });
    expect(completedScopes(failed, testOutline)).toEqual([]);
    const all = {
      ...unitDone,
      quizzes: { ...unitDone.quizzes, 'start-here': { attempts: [attempt('d', T0, 100)] } },
    };
    expect(completedScopes(all, testOutline).map((s) => s.label)).toEqual([
      WHOLE_COURSE,
      'Start here',
      'Unit 1: Two levers',
    ]);
    // The question gallery is not course content: nothing about it is needed or printed.
    expect(JSON.stringify(certificateScopes(testOutline))).not.toMatch(/gallery/);
  });
});

describe('certificateFields', () => {
  it('prints each quiz of the scope with its best score, and the day the last one was first passed', () => {
    const progress = withAttempts({
      'start-here': [attempt('s', T0, 100)],
      // The best score is printed, not the latest; the date is when the quiz was first passed.
      'dpa-basics': [attempt('a', T0 + DAY, 95), attempt('b', T0 + 5 * DAY, 85)],
      'scr-basics': [attempt('c', T0 + 2 * DAY, 70), attempt('d', T0 + 3 * DAY, 82.6)],
    });
    const course = certificateScopes(testOutline)[0]!;
    expect(certificateFields(progress, testOutline, course, 'Who Controls Military AI?', 'Ada')).toEqual({
      course: 'Who Controls Military AI?',
      scope: WHOLE_COURSE,
      name: 'Ada',
      date: localDay(T0 + 3 * DAY),
      units: [
        { label: 'Start here', quizzes: [{ title: 'Start here', score: 100 }] },
        {
          label: 'Unit 1: Two levers',
          quizzes: [
            { title: 'The Defense Production Act', score: 95 },
            { title: 'Supply-chain risk', score: 83 },
          ],
        },
      ],
    });
  });

  it('gives nothing for a scope that is not complete', () => {
    const course = certificateScopes(testOutline)[0]!;
    expect(certificateFields(emptyProgress(), testOutline, course, 'X', 'Ada')).toBeNull();
  });
});
