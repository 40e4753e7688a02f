import { describe, expect, it } from 'vitest';
import {
  ALL_QUIZZES,
  answerKeyAnswer,
  answerKeyHref,
  answerKeyQuestion,
  requestedQuizIds,
  selectAnswerKey,
  type AnswerKeyData,
} from './answerKey';
import {
  classifyQuestion,
  makeQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  shortQuestion,
  singleQuestion,
  trueFalseQuestion,
} from './testFixtures';

describe('answerKeyAnswer', () => {
  it('names the one correct option of a single-choice question', () => {
    expect(answerKeyAnswer(singleQuestion)).toEqual({
      label: 'Correct answer',
      ordered: false,
      lines: ['Title I'],
    });
  });

  it('lists every correct option of a multiple-select question and no wrong one', () => {
    expect(answerKeyAnswer(multipleQuestion)).toEqual({
      label: 'Correct answers',
      ordered: false,
      lines: ['Priorities', 'Allocations'],
    });
  });

  it('says True or False for a true/false question', () => {
    expect(answerKeyAnswer(trueFalseQuestion).lines).toEqual(['True']);
    const falseOne = makeQuestion({ ...trueFalseQuestion, answer: false });
    expect(answerKeyAnswer(falseOne)).toEqual({ label: 'Correct answer', ordered: false, lines: ['False'] });
  });

  it('gives an ordering question its items in the authored (right) order, as a numbered list', () => {
    expect(answerKeyAnswer(orderingQuestion)).toEqual({
      label: 'Right order',
      ordered: true,
      lines: ['1950 enactment', '2020 pandemic use', '2026 dispute', 'Today'],
    });
  });

  it('pairs each term of a matching question with its match', () => {
    expect(answerKeyAnswer(matchingQuestion)).toEqual({
      label: 'Matches',
      ordered: false,
      lines: ['Title I → Priorities', 'Title III → Capacity', 'Title VII → General'],
    });
  });

  it('puts each statement of a classify question under its category', () => {
    expect(answerKeyAnswer(classifyQuestion).lines).toEqual([
      'The law was passed in 1950. → Fact',
      'A paper reported a meeting. → Reported claim',
      'The law is outdated. → Opinion',
      'Congress amended it. → Fact',
    ]);
    expect(answerKeyAnswer(classifyQuestion).label).toBe('Categories');
  });

  it('lists every accepted answer of a short-answer question', () => {
    expect(answerKeyAnswer(shortQuestion)).toEqual({
      label: 'Accepted answers',
      ordered: false,
      lines: ['Defense Production Act', 'DPA'],
    });
    const one = makeQuestion({ ...shortQuestion, answers: ['DPA'] });
    expect(answerKeyAnswer(one).label).toBe('Accepted answer');
  });

  it('passes every text through the converter it is given', () => {
    const upper = (text: string) => text.toUpperCase();
    expect(answerKeyAnswer(matchingQuestion, upper).lines[0]).toBe('TITLE I → PRIORITIES');
    expect(answerKeyAnswer(classifyQuestion, upper).lines[1]).toBe(
      'A PAPER REPORTED A MEETING. → REPORTED CLAIM',
    );
  });
});

describe('answerKeyQuestion', () => {
  it('holds the prompt, answer and explanation as display text', () => {
    const question = makeQuestion({
      ...singleQuestion,
      prompt: 'Which **title** ranks orders?',
      explanation: 'See <Term id="dpa">the DPA</Term>.',
    });
    const strip = (text: string) => text.replace(/\*\*|<[^>]+>/g, '');
    expect(answerKeyQuestion(question, strip)).toEqual({
      id: 'dpa-title-i-purpose',
      type: 'single',
      points: 1,
      prompt: 'Which title ranks orders?',
      answer: { label: 'Correct answer', ordered: false, lines: ['Title I'] },
      explanation: 'See the DPA.',
    });
  });
});

const data: AnswerKeyData = {
  quizzes: ['start-here', 'u1-dpa', 'u2-policies'].map((id) => ({
    id,
    title: id,
    lessonTitle: id,
    permalink: `/docs/${id}`,
    questions: [],
  })),
};

describe('answer key selection', () => {
  it('makes a link the key page reads back', () => {
    const href = answerKeyHref(['u2-policies', 'start-here']);
    expect(href).toBe('teach/answer-key?quizzes=u2-policies,start-here');
    expect(requestedQuizIds(href.slice(href.indexOf('?')))).toEqual(['u2-policies', 'start-here']);
  });

  it('reads nothing from an empty or missing query', () => {
    expect(requestedQuizIds('')).toEqual([]);
    expect(requestedQuizIds('?quizzes=')).toEqual([]);
    expect(requestedQuizIds('?other=1')).toEqual([]);
  });

  it('reads "all" and ignores blanks and repeats', () => {
    expect(requestedQuizIds('?quizzes=all')).toBe(ALL_QUIZZES);
    expect(requestedQuizIds('?quizzes=a,,b,a')).toEqual(['a', 'b']);
  });

  it('keeps course order and reports unknown ids', () => {
    const selection = selectAnswerKey(data, ['u2-policies', 'gone', 'start-here']);
    expect(selection.quizzes.map((quiz) => quiz.id)).toEqual(['start-here', 'u2-policies']);
    expect(selection.unknown).toEqual(['gone']);
  });

  it('selects every quiz for "all"', () => {
    expect(selectAnswerKey(data, ALL_QUIZZES).quizzes).toHaveLength(3);
  });
});
