// cspell:words multichoice shortanswer truefalse
import { describe, expect, it } from 'vitest';
import { matchingQuestion, orderingQuestion, singleQuestion } from '../../../src/quiz/testFixtures';
import { toBankQuestion } from './bank';
import { courseToGift, giftCategory, giftPercent, questionToGift, quizToGift, typedAnswers } from './gift';
import { readGift } from './giftCheck';
import { everyType, hostileQuestions, sampleBank } from './testFixtures';

const read = (question: Parameters<typeof toBankQuestion>[0]) => {
  const reading = readGift(questionToGift(toBankQuestion(question)));
  expect(reading.errors).toEqual([]);
  expect(reading.questions).toHaveLength(1);
  return reading.questions[0]!;
};

describe('questionToGift', () => {
  it('writes a single-choice question with per-option feedback, id and explanation', () => {
    expect(questionToGift(toBankQuestion(singleQuestion))).toBe(
      [
        '// [id:dpa-title-i-purpose]',
        '::dpa-title-i-purpose::[html]<p>Which part of the DPA lets the government require a company to put its orders first?</p>{',
        '\t=Title I#Right\\: Title I covers priorities.',
        '\t~Title III#Title III pays to expand capacity.',
        '\t~Title VII#Title VII holds general provisions.',
        '\t####<p>Why the answer is right.</p>',
        '}',
      ].join('\n'),
    );
  });

  it('gives multiple-answer options +1/R and -1/R of the marks, as the site grades them', () => {
    const question = read(everyType[1]!);
    expect(question.type).toBe('multichoice');
    expect(question.weights).toEqual([50, -50, 50, -50]);
    expect(question.answers.some((answer) => answer.startsWith('='))).toBe(false);
  });

  it('writes thirds the way Moodle lists them, adding up to 100 within its tolerance', () => {
    expect(giftPercent(1 / 3)).toBe('33.33333');
    expect(giftPercent(1)).toBe('100');
  });

  it('writes true/false with the explanation as general feedback', () => {
    const question = read(everyType[2]!);
    expect(question).toMatchObject({ type: 'truefalse', answers: ['TRUE'] });
    expect(question.generalFeedback).toBe('<p>Why the answer is right.</p>');
  });

  it('writes ordering as matching: each item to its position', () => {
    const gift = questionToGift(toBankQuestion(orderingQuestion));
    expect(gift).toContain('\t=1950 enactment -> 1\n\t=2020 pandemic use -> 2');
    expect(gift).toContain('1 is the first.');
    expect(read(orderingQuestion).type).toBe('match');
  });

  it('writes classify as matching, statement to category, with unused categories as distractors', () => {
    const question = read(everyType[5]!);
    expect(question.type).toBe('match');
    expect(question.answers).toContain('The law was passed in 1950. -> Fact');
    expect(question.generalFeedback).toContain('Checkable in the statute.');
    const hostile = questionToGift(toBankQuestion(hostileQuestions[5]!));
    expect(hostile).toContain('\t= -> Unused / spare');
  });

  it('writes matching and short answer', () => {
    expect(read(matchingQuestion).answers).toEqual([
      'Title I -> Priorities',
      'Title III -> Capacity',
      'Title VII -> General',
    ]);
    expect(read(everyType[6]!)).toMatchObject({
      type: 'shortanswer',
      answers: ['Defense Production Act', 'DPA', 'Defense Production Act.', 'DPA.'],
    });
  });

  it.each(hostileQuestions.map((question) => [question.id, question] as const))(
    'keeps hostile text inside its question: %s',
    (_, question) => {
      const gift = questionToGift(toBankQuestion(question));
      const reading = readGift(gift);
      expect(reading.errors).toEqual([]);
      expect(reading.questions).toHaveLength(1);
      expect(reading.questions[0]?.name).toBe(question.id);
      expect(gift).not.toMatch(/<(script|img|b)\b/);
      expect(gift.split('\n').every((line) => line.trim() !== '')).toBe(true);
    },
  );

  it('keeps the expected Moodle type for each hostile question', () => {
    expect(hostileQuestions.map((question) => read(question).type)).toEqual([
      'multichoice',
      'multichoice',
      'truefalse',
      'match',
      'match',
      'match',
      'shortanswer',
    ]);
  });

  it('leaves out typed answers with ->, which Moodle would read as matching', () => {
    expect(typedAnswers(['a -> b', 'c'])).toEqual(['c']);
    expect(typedAnswers(['a -> b'])).toEqual(['a → b']);
  });

  it('gives a typed answer that starts with % an explicit full weight', () => {
    expect(questionToGift(toBankQuestion(hostileQuestions[6]!))).toContain('\t=%100%%50% off');
  });
});

describe('course and quiz files', () => {
  it('files each quiz under course/unit/quiz and holds every question', () => {
    const reading = readGift(courseToGift(sampleBank));
    expect(reading.errors).toEqual([]);
    expect(reading.categories).toEqual([
      'Sample course/Unit 1: Basics/Every type',
      'Sample course/Unit 2/Hostile - text: {x}',
    ]);
    const expected = sampleBank.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    expect(reading.questions).toHaveLength(expected);
  });

  it('writes one quiz with its category first', () => {
    const quiz = sampleBank.quizzes[0]!;
    const reading = readGift(quizToGift(sampleBank.title, quiz));
    expect(reading.categories).toEqual(['Sample course/Unit 1: Basics/Every type']);
    expect(reading.questions.map((question) => question.name)).toEqual(
      quiz.questions.map((question) => question.id),
    );
  });

  it('keeps category names on one line and free of path separators', () => {
    expect(giftCategory('A/B', 'C\\D', 'E\nF')).toBe('$CATEGORY: A-B/C-D/E F');
  });
});
