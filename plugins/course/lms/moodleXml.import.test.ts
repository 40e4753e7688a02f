/**
 * Moodle XML read the way Moodle reads it (readers/moodleXmlize.ts, readers/moodleXmlImport.ts), on
 * the fixtures that broke it once. The real course: realCourse.import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { courseToMoodleXml } from './moodleXml';
import { lostText, unsaveableMatching } from './readers/moodleChecks';
import { readMoodleXml } from './readers/moodleXmlImport';
import { moodleXmlMismatches } from './readers/roundTrip';
import { hostileQuestions, sampleBank, trapBank, trapQuestions } from './testFixtures';

describe('Moodle XML as Moodle imports it', () => {
  const traps = courseToMoodleXml(trapBank);

  it('loses no space or line break between entities (Moodle drops text pieces that are only white space)', () => {
    expect(lostText(traps)).toEqual([]);
    expect(lostText(courseToMoodleXml(sampleBank))).toEqual([]);
  });

  it('imports every trap and hostile question with its type, texts, ID number and right answers', () => {
    expect(moodleXmlMismatches(traps, trapQuestions)).toEqual([]);
    const hostile = courseToMoodleXml({ ...sampleBank, quizzes: sampleBank.quizzes.slice(1) });
    expect(moodleXmlMismatches(hostile, hostileQuestions)).toEqual([]);
  });

  it('finds a matching question with two answers, which Moodle cannot save after an edit', () => {
    expect(unsaveableMatching(readMoodleXml(traps).questions)).toEqual(['u1-q4-two-answers']);
  });
});
