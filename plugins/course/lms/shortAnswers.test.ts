import { describe, expect, it } from 'vitest';
import { matchesShortAnswer } from '../../../src/quiz/shortAnswer';
import { markdownToPlainText } from './markup';
import { lmsAcceptedAnswers, moodleLiteral } from './shortAnswers';
import { HOSTILE } from './testFixtures';

const SAMPLES = [
  ['Title III', 'Title 3'],
  ['D.C. Circuit', 'D.C. Cir.'],
  ['"all lawful purposes"', '(semi-autonomous)', '¿opinion?'],
  ['a*b', HOSTILE, '%50% off', '...'],
];

describe('lmsAcceptedAnswers', () => {
  it('adds the forms learners type most: with and without a final full stop or surrounding punctuation', () => {
    expect(lmsAcceptedAnswers(['Title III', 'Title 3'])).toEqual([
      'Title III',
      'Title 3',
      'Title III.',
      'Title 3.',
    ]);
    expect(lmsAcceptedAnswers(['D.C. Cir.'])).toEqual(['D.C. Cir.', 'D.C. Cir']);
    expect(lmsAcceptedAnswers(['"all lawful purposes"'])).toEqual([
      '"all lawful purposes"',
      'all lawful purposes',
      'all lawful purposes.',
    ]);
  });

  it.each(SAMPLES.map((answers) => [answers.join(' | '), answers] as const))(
    'exports only answers the site itself accepts, none twice: %s',
    (_, answers) => {
      const exported = lmsAcceptedAnswers(answers);
      const site = answers.map(markdownToPlainText);
      expect(exported.filter((answer) => !matchesShortAnswer(answer, site))).toEqual([]);
      expect(exported.filter((answer) => answer === '...')).toEqual([]);
      expect(new Set(exported.map((answer) => answer.toLowerCase())).size).toBe(exported.length);
    },
  );
});

describe('moodleLiteral', () => {
  it('escapes the star Moodle would read as "any text"', () => {
    expect(moodleLiteral('a*b**')).toBe('a\\*b\\*\\*');
  });
});
