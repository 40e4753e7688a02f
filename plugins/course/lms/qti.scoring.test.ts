/**
 * Every QTI item scored by a strict QTI 1.2 reader (readers/qti12Score.ts): the right answers earn
 * full marks and a wrong answer does not, whatever the reader, not only in Canvas. The real course:
 * realCourse.import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { courseToQtiZip } from './qtiPackage';
import { scoringErrors } from './readers/qtiStrict';
import { everyType, sampleBank, trapBank, trapQuestions } from './testFixtures';

describe('QTI scoring, read strictly', () => {
  it('gives full marks to the right answers of every fixture, and only to them', () => {
    expect(scoringErrors(courseToQtiZip(trapBank), trapQuestions)).toEqual([]);
    expect(
      scoringErrors(courseToQtiZip({ ...sampleBank, quizzes: sampleBank.quizzes.slice(0, 1) }), everyType),
    ).toEqual([]);
  });
});
