// @vitest-environment node
import { describe, expect, it } from 'vitest';
import v3Export from './fixtures/progress-v3-export.json';
import { describeIssues, emptyProgress, getOwn, progressEnvelopeSchema } from './schema';
import { fullCourseProgress } from './testHelpers';

describe('progressEnvelopeSchema', () => {
  it('accepts a whole course of progress and an exported file', () => {
    expect(progressEnvelopeSchema.safeParse(fullCourseProgress()).success).toBe(true);
    expect(progressEnvelopeSchema.safeParse(v3Export).success).toBe(true);
    expect(progressEnvelopeSchema.safeParse(emptyProgress()).success).toBe(true);
  });

  it('drops unknown fields at every level instead of keeping them (strip policy, pinned)', () => {
    const withExtras = {
      ...emptyProgress(5),
      isTeacher: true,
      lessons: { 'unit-1/overview': { visitedAt: 1, html: '<img src=x onerror=alert(1)>' } },
    };
    const parsed = progressEnvelopeSchema.parse(withExtras);
    expect(parsed).not.toHaveProperty('isTeacher');
    expect(parsed.lessons['unit-1/overview']).toEqual({ visitedAt: 1 });
  });

  it.each([
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineGetter__',
    'Not Kebab',
  ])('refuses "%s" as a quiz id, with a readable message', (quizId) => {
    const result = progressEnvelopeSchema.safeParse({
      ...emptyProgress(),
      quizzes: { [quizId]: 'not a quiz' },
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toMatch(/quizzes/);
  });

  it('refuses impossible values: fractions above 1, times past the Date range, repeated attempt ids, a bad attempt on screen', () => {
    const base = fullCourseProgress();
    const [questionId, question] = Object.entries(base.questions)[0]!;
    const [quizId, quiz] = Object.entries(base.quizzes)[0]!;
    const bad = [
      { ...base, questions: { [questionId]: { ...question, fraction: 1.5 } } },
      { ...base, updatedAt: 9e15 },
      { ...base, quizzes: { [quizId]: { attempts: [quiz.attempts[0], quiz.attempts[0]] } } },
      { ...base, version: 2 },
      { ...base, quizzes: { [quizId]: { ...quiz, current: { ...quiz.current, number: 0 } } } },
      { ...base, quizzes: { [quizId]: { ...quiz, current: { ...quiz.current, id: '' } } } },
      {
        ...base,
        quizzes: {
          [quizId]: {
            ...quiz,
            current: { ...quiz.current, questions: { [questionId]: { checked: false } } },
          },
        },
      },
    ];
    for (const value of bad) expect(progressEnvelopeSchema.safeParse(value).success).toBe(false);
  });

  it('shortens messages that quote long keys to 80 characters', () => {
    const key = 'a'.repeat(300);
    const result = progressEnvelopeSchema.safeParse({ ...emptyProgress(), questions: { [key]: {} } });
    expect(result.success).toBe(false);
    if (!result.success) {
      for (const line of describeIssues(result.error).split('; '))
        expect(line.length).toBeLessThanOrEqual(80);
    }
  });
});

describe('getOwn', () => {
  it('never returns inherited members such as toString or __proto__', () => {
    const record: Record<string, number> = { a: 1 };
    expect(getOwn(record, 'a')).toBe(1);
    expect(getOwn(record, 'toString')).toBeUndefined();
    expect(getOwn(record, '__proto__')).toBeUndefined();
    expect(getOwn(record, 'constructor')).toBeUndefined();
  });
});
