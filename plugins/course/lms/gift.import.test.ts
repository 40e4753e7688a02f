/**
 * GIFT read by an independent parser, gift-pegjs, with Moodle's GIFT rules on top
 * (readers/giftImport.ts), on the fixtures that broke the exports once. The real course:
 * realCourse.import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { courseToGift } from './gift';
import { readGiftWithPegjs } from './readers/giftImport';
import { giftMismatches } from './readers/roundTrip';
import { hostileQuestions, sampleBank, trapBank, trapQuestions } from './testFixtures';

describe('GIFT as gift-pegjs and Moodle read it', () => {
  it('imports every trap and hostile question with its type, texts, ID number and right answers', () => {
    expect(giftMismatches(courseToGift(trapBank), trapQuestions)).toEqual([]);
    const hostile = courseToGift({ ...sampleBank, quizzes: sampleBank.quizzes.slice(1) });
    expect(giftMismatches(hostile, hostileQuestions)).toEqual([]);
  });

  it('keeps a star in a typed answer a star, not Moodle\'s "any text"', () => {
    const short = readGiftWithPegjs(courseToGift(trapBank)).questions.find(
      (question) => question.kind === 'short',
    );
    expect(short?.accepts?.('a*b')).toBe(true);
    expect(short?.accepts?.('a whole sentence b')).toBe(false);
  });
});
