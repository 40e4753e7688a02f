/**
 * The QTI package as Canvas imports it: its converter (readers/canvasConverter.ts) and importer
 * (readers/canvasQti.ts, readers/canvasPackage.ts), on the fixtures that broke it once. The real
 * course: realCourse.import.test.ts.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { courseToQtiZip } from './qtiPackage';
import { badAnswerIds, danglingBankRefs, expectedSettings, sharedMatchNumbers } from './readers/canvasChecks';
import { importCanvasPackage } from './readers/canvasPackage';
import { canvasMismatches } from './readers/roundTrip';
import { hostileQuestions, sampleBank, trapBank, trapQuestions } from './testFixtures';

describe('the QTI package as Canvas imports it', () => {
  const traps = courseToQtiZip(trapBank);
  const sample = courseToQtiZip(sampleBank);

  it("gives every matching choice its own number under Canvas's first-digits rule, even with digits in the question id", () => {
    expect(sharedMatchNumbers(traps)).toEqual([]);
    expect(sharedMatchNumbers(sample)).toEqual([]);
  });

  it('imports every trap and hostile question with its type, texts and right answers', () => {
    expect(canvasMismatches(traps, trapQuestions)).toEqual([]);
    const hostile = courseToQtiZip({ ...sampleBank, quizzes: sampleBank.quizzes.slice(1) });
    expect(canvasMismatches(hostile, hostileQuestions)).toEqual([]);
  });

  it('gives answer ids Canvas keeps, refers to no missing question bank, and brings each quiz its settings', () => {
    const quizzes = importCanvasPackage(unzipSync(sample));
    expect(badAnswerIds(quizzes)).toEqual([]);
    expect(danglingBankRefs(quizzes)).toEqual([]);
    expect(quizzes.map((quiz) => quiz.settings)).toEqual(
      sampleBank.quizzes.map((quiz) => expectedSettings(quiz)),
    );
  });
});
