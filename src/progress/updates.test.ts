// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  docIdSchema,
  emptyProgress,
  lastPageSchema,
  PROGRESS_VERSION,
  progressEnvelopeSchema,
  timeSchema,
} from './schema';
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

  it('records a visit exactly when the schema would accept it, and the schema reads back every visit recorded', () => {
    // withVisit checks by hand (to keep zod off every page load); the schema is the judge.
    const docId = fc.oneof(
      fc.constantFrom(
        'unit-1/intro',
        'a',
        '__proto__',
        'constructor',
        '/docs',
        'x'.repeat(200),
        'x'.repeat(201),
      ),
      fc.stringMatching(/^[A-Za-z0-9_./-]{0,12}$/),
      fc.string(),
    );
    const path = fc.oneof(
      fc.constantFrom(
        '/docs/intro',
        '/',
        '//evil.example/x',
        'javascript:alert(1)',
        `/${'p'.repeat(499)}`,
        `/${'p'.repeat(500)}`,
      ),
      fc.string(),
    );
    const title = fc.oneof(fc.string(), fc.string({ minLength: 290, maxLength: 320 }));
    const at = fc.oneof(
      fc.integer({ min: 0, max: 8.64e15 }),
      fc.constantFrom(-1, 0.5, 8.64e15 + 1, Number.NaN),
    );
    fc.assert(
      fc.property(docId, path, title, at, (id, pagePath, pageTitle, time) => {
        const valid = docIdSchema.safeParse(id).success && timeSchema.safeParse(time).success;
        let next;
        try {
          next = update.withVisit(emptyProgress(), id, { path: pagePath, title: pageTitle }, time);
        } catch (error) {
          expect(String(error)).toContain('[progress]');
          expect(valid).toBe(false);
          return;
        }
        expect(valid).toBe(true);
        const read = progressEnvelopeSchema.safeParse(next);
        expect(read.success).toBe(true);
        expect(read.data).toEqual(next);
        expect(next.lessons[id]).toEqual({ visitedAt: time });
        const page = { path: pagePath, title: pageTitle.slice(0, 300), at: time };
        expect(next.lastPage).toEqual(lastPageSchema.safeParse(page).success ? page : undefined);
      }),
      { numRuns: 2000 },
    );
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
