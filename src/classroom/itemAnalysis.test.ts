import { describe, expect, it } from 'vitest';
import type { Response } from '@site/src/quiz/responseSchema';
import { type GradebookQuestions, itemAnalysis, type QuestionDetails, wrongChoices } from './itemAnalysis';
import type { SubmittedAnswer } from './submissionSchema';

const HASH = '0a1b2c3d4e5f60';
const details = (id: string, type: QuestionDetails['type'], extra: Partial<QuestionDetails> = {}) => ({
  id,
  type,
  prompt: `Prompt of ${id}`,
  href: `/docs/start-here#${id}`,
  hash: HASH,
  choices: [],
  right: [],
  parts: [],
  partAnswers: [],
  ...extra,
});

const single = details('sh-q1', 'single', {
  choices: ['A server', 'Your browser', 'Both'],
  right: [false, true, false],
});
const questions: GradebookQuestions = {
  quizzes: { 'start-here': [single, details('sh-q2', 'short')] },
};

const answer = (questionId: string, response: Response, correct: boolean, hash = HASH): SubmittedAnswer => ({
  questionId,
  quizId: 'start-here',
  response,
  fraction: correct ? 1 : 0,
  correct,
  hash,
  answeredAt: 1,
});

describe('itemAnalysis', () => {
  it('counts right answers and names the most common wrong choice per question', () => {
    const students = [
      {
        answers: [
          answer('sh-q1', { type: 'single', choice: 0 }, false),
          answer('sh-q2', { type: 'short', text: 'title iii' }, false),
        ],
      },
      {
        answers: [
          answer('sh-q1', { type: 'single', choice: 0 }, false),
          answer('sh-q2', { type: 'short', text: ' Title  III' }, false),
        ],
      },
      { answers: [answer('sh-q1', { type: 'single', choice: 2 }, false)] },
      { answers: [answer('sh-q1', { type: 'single', choice: 1 }, true)] },
      { answers: [] },
    ];
    expect(itemAnalysis(['start-here'], questions, students)).toEqual([
      {
        quizId: 'start-here',
        question: single,
        answered: 4,
        right: 1,
        earlierVersion: 0,
        commonWrong: { text: '“A server”', count: 2 },
      },
      expect.objectContaining({ answered: 2, right: 0, commonWrong: { text: '“title iii”', count: 2 } }),
    ]);
  });

  it('counts answers to an earlier version of a question apart', () => {
    const students = [{ answers: [answer('sh-q1', { type: 'single', choice: 0 }, false, 'ffff')] }];
    expect(itemAnalysis(['start-here'], questions, students)[0]).toMatchObject({
      answered: 0,
      earlierVersion: 1,
      commonWrong: null,
    });
  });

  it('leaves out quizzes it has no questions for, and answers filed under another quiz', () => {
    const stray = { ...answer('sh-q1', { type: 'single', choice: 0 }, false), quizId: 'dpa-basics' };
    expect(itemAnalysis(['gone-quiz'], questions, [])).toEqual([]);
    expect(itemAnalysis(['start-here'], questions, [{ answers: [stray] }])[0]?.answered).toBe(0);
  });
});

describe('wrongChoices', () => {
  it('names the wrong parts of every question type in words', () => {
    const multiple = details('m', 'multiple', { choices: ['a', 'b', 'c'], right: [true, true, false] });
    expect(wrongChoices(multiple, { type: 'multiple', choices: [0, 2] })).toEqual([
      'left out “b”',
      'ticked “c”',
    ]);
    expect(wrongChoices(details('t', 'truefalse'), { type: 'truefalse', value: true })).toEqual(['True']);
    expect(wrongChoices(details('s', 'short'), { type: 'short', text: '  ' })).toEqual(['left blank']);
    const ordering = details('o', 'ordering', { choices: ['first', 'second', 'third'] });
    expect(wrongChoices(ordering, { type: 'ordering', order: [1, 0, 2] })).toEqual([
      '“second” in place 1',
      '“first” in place 2',
    ]);
    const matching = details('x', 'matching', {
      choices: ['loans', 'orders'],
      parts: ['Title III', 'Title I'],
      partAnswers: [0, 1],
    });
    expect(wrongChoices(matching, { type: 'matching', matches: [1, null] })).toEqual([
      '“Title III” → “orders”',
      '“Title I” → nothing',
    ]);
    const classify = details('c', 'classify', {
      choices: ['Fact', 'Opinion'],
      parts: ['It rained', 'Rain is nice'],
      partAnswers: [0, 1],
    });
    expect(wrongChoices(classify, { type: 'classify', categories: [0, 0] })).toEqual([
      '“Rain is nice” → “Fact”',
    ]);
  });
});
