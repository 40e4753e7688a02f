// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressEnvelope } from '@site/src/progress/schema';
import { CLEAR_STATUS, EMPTY_PROGRESS, type ProgressStatus } from '@site/src/progress/store';
import { gradeOf, setupStore, singleResponse } from '@site/src/progress/testHelpers';
import { continueTarget, fileContents, formatDay, hasProgress, missedLinks, quizRows } from './dashboardData';
import { persistenceWords, persistWords } from './statusWords';
import { testOutline } from '@site/src/course/testOutline';

const status = (overrides: Partial<ProgressStatus>): ProgressStatus => ({ ...CLEAR_STATUS, ...overrides });

const withLastPage = (path: string): ProgressEnvelope => ({
  ...emptyProgress(1),
  lastPage: { path, title: ' ', at: 1 },
});

describe('dashboard data', () => {
  it('lists course quizzes in course order and other quizzes only once they have progress', () => {
    expect(quizRows(EMPTY_PROGRESS, testOutline).map((row) => row.quizId)).toEqual([
      'start-here',
      'dpa-basics',
      'scr-basics',
    ]);
    const { store } = setupStore();
    store.recordAnswer('gallery', 'gallery-single', singleResponse(0), gradeOf(1), 'a');
    expect(quizRows(store.getSnapshot(), testOutline).at(-1)).toMatchObject({
      quizId: 'gallery',
      answered: 1,
    });
  });

  it('links missed questions that still exist, lowest credit first, and skips retired ones', () => {
    const { store } = setupStore();
    store.recordAnswer('dpa-basics', 'dpa-q2', singleResponse(0), gradeOf(0.5), 'a');
    store.recordAnswer('dpa-basics', 'dpa-q3', singleResponse(0), gradeOf(0), 'a');
    store.recordAnswer('retired-quiz', 'old-question', singleResponse(0), gradeOf(0), 'a');
    expect(missedLinks(store.getSnapshot(), testOutline)).toEqual([
      {
        questionId: 'dpa-q3',
        href: '/docs/unit-1-two-levers/01-defense-production-act#question-dpa-q3',
        text: 'Question 3 of “The Defense Production Act”',
        partly: false,
      },
      expect.objectContaining({ questionId: 'dpa-q2', partly: true }),
    ]);
  });

  it.each(['//evil.example/x', '/\\evil.example', '/'.repeat(3)])('never links "Continue" to %s', (path) => {
    expect(continueTarget(withLastPage(path))).toBeNull();
  });

  it('links "Continue" to a path on this site, named by its path when the title is blank', () => {
    expect(continueTarget(withLastPage('/docs/start-here'))).toEqual({
      path: '/docs/start-here',
      title: '/docs/start-here',
    });
  });

  it('counts a file’s contents and writes dates in full', () => {
    expect(hasProgress(EMPTY_PROGRESS)).toBe(false);
    expect(fileContents(EMPTY_PROGRESS)).toBe('0 answers, 0 quiz attempts and 0 lesson records');
    expect(formatDay(Date.UTC(2026, 10, 26, 12))).toBe('26 November 2026');
  });
});

describe('storage status words', () => {
  it('tells each persistence state apart in plain words', () => {
    expect(persistenceWords(status({}))).toMatch(/^Your progress is saved in this browser/);
    expect(persistenceWords(status({ persistence: 'memory-only', storage: 'blocked' }))).toMatch(
      /not being saved on this device \(memory only\), because this browser does not let the site store data/,
    );
    expect(persistenceWords(status({ persistence: 'read-only-newer-version', newerVersion: 3 }))).toMatch(
      /read-only .* newer version of this site \(format 3\)/,
    );
  });

  it('reports the browser’s real answer about keeping the data, and nothing when not saving', () => {
    expect(persistWords(status({ persistRequest: 'granted' }))).toMatch(
      /^Your browser agreed to keep this data/,
    );
    for (const answer of ['denied', 'unsupported', 'failed'] as const) {
      expect(persistWords(status({ persistRequest: answer }))).toMatch(
        /may clear this data if space runs low/,
      );
    }
    expect(persistWords(status({ persistRequest: 'not-asked' }))).toMatch(/has not asked/);
    expect(persistWords(status({ persistence: 'memory-only', persistRequest: 'granted' }))).toBeNull();
  });
});
