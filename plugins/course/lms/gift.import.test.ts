/**
 * GIFT read by an independent parser, gift-pegjs, with Moodle's GIFT rules on top
 * (readers/giftImport.ts): the fixtures that broke the exports once, then the real course.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { courseToGift } from './gift';
import { readGiftWithPegjs } from './readers/giftImport';
import { realExports, type RealExports } from './readers/realExports';
import { giftMismatches } from './readers/roundTrip';
import { hostileQuestions, sampleBank, trapBank, trapQuestions } from './testFixtures';

describe('GIFT as gift-pegjs and Moodle read it: fixtures', () => {
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

describe('GIFT as gift-pegjs and Moodle read it: the real course', () => {
  let real: RealExports;
  beforeAll(async () => {
    real = await realExports();
  }, 60_000);

  it('imports every question of course.gift as the same question, with the same right answers and intact text', () => {
    expect(giftMismatches(real.text('course.gift'), real.questions)).toEqual([]);
  });

  it('imports every quiz file with its own questions, filed under course / unit / quiz', () => {
    for (const quiz of real.quizzes) {
      const file = real.text(`${quiz.id}.gift`);
      expect(giftMismatches(file, quiz.questions), quiz.id).toEqual([]);
      expect(readGiftWithPegjs(file).categories, quiz.id).toHaveLength(1);
    }
    expect(readGiftWithPegjs(real.text('course.gift')).categories).toHaveLength(real.quizzes.length);
  });
});
