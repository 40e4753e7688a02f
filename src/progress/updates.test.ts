// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION, progressEnvelopeSchema } from './schema';
import { gradeOf, singleResponse } from './testHelpers';
import * as update from './updates';

const answer = (questionId: string, at: number) => ({
  quizId: 'dpa-basics',
  questionId,
  response: singleResponse(0),
  grade: gradeOf(1),
  hash: '0a1b2c',
  at,
});

describe('envelope updates', () => {
  it('records the latest answer, grade and content hash of a question', () => {
    const next = update.withAnswer(emptyProgress(), answer('dpa-q1', 5));
    expect(next.questions['dpa-q1']).toEqual({
      quizId: 'dpa-basics',
      response: { type: 'single', choice: 0 },
      fraction: 1,
      correct: true,
      hash: '0a1b2c',
      answeredAt: 5,
    });
    expect(progressEnvelopeSchema.safeParse(next).success).toBe(true);
  });

  it('throws a "[progress]" error that says what to do for ids it could not read back', () => {
    for (const id of ['constructor', '__proto__', 'Not An Id']) {
      expect(() => update.withAnswer(emptyProgress(), answer(id, 1))).toThrow(
        /^\[progress\] .*course manifest/,
      );
    }
    expect(() => update.withDone(emptyProgress(), 'prototype', true, 1)).toThrow(/\[progress\]/);
  });

  it('appends attempts and records one only once: the same id again changes nothing', () => {
    const attempt = update.attemptFromSummary(
      { earned: 3, possible: 4, percent: 75, passed: false },
      'test',
      {
        id: 'abc-1',
        startedAt: 1,
        finishedAt: 2,
      },
    );
    const once = update.withAttempt(emptyProgress(), 'dpa-basics', attempt);
    const twice = update.withAttempt(once, 'dpa-basics', { ...attempt, percent: 80 });
    expect(twice).toBe(once);
    expect(twice.quizzes['dpa-basics']?.attempts).toEqual([attempt]);
  });

  it('keeps a visit even when the page title is very long or the path is odd', () => {
    const long = update.withVisit(
      emptyProgress(),
      'unit-1/intro',
      { path: '/docs/intro', title: 'T'.repeat(1000) },
      7,
    );
    expect(long.lastPage?.title).toHaveLength(300);
    const odd = update.withVisit(
      emptyProgress(),
      'unit-1/intro',
      { path: 'javascript:alert(1)', title: 'x' },
      7,
    );
    expect(odd.lessons['unit-1/intro']).toEqual({ visitedAt: 7 });
    expect(odd.lastPage).toBeUndefined();
  });

  it('clears progress but remembers the last export, with a clearing time later than any before', () => {
    const before = {
      ...update.withExport(update.withAnswer(emptyProgress(), answer('dpa-q1', 5)), 6),
      clearedAt: 50,
    };
    const cleared = update.cleared(before, 10);
    expect(cleared).toEqual({
      version: PROGRESS_VERSION,
      updatedAt: 10,
      clearedAt: 51,
      lastExportAt: 6,
      questions: {},
      quizzes: {},
      lessons: {},
      review: {},
    });
    expect(Object.keys(before.review)).toEqual(['dpa-q1']);
  });

  it('restores the earlier state plus what was recorded after the action', () => {
    const before = update.withAnswer(emptyProgress(), answer('dpa-q1', 5));
    const afterReset = update.withAnswer(update.cleared(before, 10), answer('dpa-q2', 12));
    const restored = update.restored(before, afterReset, 10, 20);
    expect(Object.keys(restored.questions).sort()).toEqual(['dpa-q1', 'dpa-q2']);
    expect(Object.keys(restored.review).sort()).toEqual(['dpa-q1', 'dpa-q2']);
    expect(restored.clearedAt).toBe(20);
  });
});
