// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialQuizState, type QuizAction, quizReducer } from './quizState';
import { summarizeAttempt } from './summary';
import {
  makeQuestion,
  makeQuiz,
  multipleQuestion,
  sampleQuiz,
  shortQuestion,
  singleQuestion,
  trueFalseQuestion,
} from './testFixtures';

const submitted = (quiz = sampleQuiz, ...answers: QuizAction[]) =>
  [...answers, { type: 'submit' } as const].reduce(quizReducer, initialQuizState(quiz, { mode: 'test' }));

const allRight: QuizAction[] = [
  { type: 'answer', questionId: singleQuestion.id, response: { type: 'single', choice: 0 } },
  { type: 'answer', questionId: multipleQuestion.id, response: { type: 'multiple', choices: [0, 2] } },
  { type: 'answer', questionId: trueFalseQuestion.id, response: { type: 'truefalse', value: true } },
  { type: 'answer', questionId: shortQuestion.id, response: { type: 'short', text: 'DPA' } },
];

describe('summarizeAttempt', () => {
  it('gives full marks, a pass and nothing to review when everything is right', () => {
    expect(summarizeAttempt(sampleQuiz, submitted(sampleQuiz, ...allRight))).toEqual({
      earned: 5,
      possible: 5,
      percent: 100,
      passed: true,
      toReview: [],
    });
  });

  it('counts unanswered questions as 0 and lists them for review', () => {
    const summary = summarizeAttempt(sampleQuiz, submitted());
    expect(summary).toMatchObject({ earned: 0, possible: 5, percent: 0, passed: false });
    expect(summary.toReview.map((r) => r.questionId)).toEqual(sampleQuiz.questions.map((q) => q.id));
  });

  it('lists every question not fully right in quiz order, with what it teaches and its fraction', () => {
    const summary = summarizeAttempt(
      sampleQuiz,
      submitted(
        sampleQuiz,
        ...allRight,
        { type: 'answer', questionId: singleQuestion.id, response: { type: 'single', choice: 1 } },
        { type: 'answer', questionId: multipleQuestion.id, response: { type: 'multiple', choices: [0] } },
      ),
    );
    expect(summary.toReview).toEqual([
      { questionId: singleQuestion.id, teaches: '#title-i', fraction: 0 },
      { questionId: multipleQuestion.id, teaches: undefined, fraction: 0.5 },
    ]);
    expect(summary).toMatchObject({ earned: 3, possible: 5, percent: 60, passed: false });
  });

  it('weights each question by its points', () => {
    const summary = summarizeAttempt(
      sampleQuiz,
      submitted(sampleQuiz, {
        type: 'answer',
        questionId: multipleQuestion.id,
        response: { type: 'multiple', choices: [0, 2] },
      }),
    );
    expect(summary).toMatchObject({ earned: 2, possible: 5, percent: 40 });
  });

  it('passes exactly at the pass mark', () => {
    const summary = summarizeAttempt(
      sampleQuiz,
      submitted(sampleQuiz, ...allRight, {
        type: 'answer',
        questionId: shortQuestion.id,
        response: { type: 'short', text: 'no' },
      }),
    );
    expect(summary).toMatchObject({ percent: 80, passed: true });
  });

  it('rounds the percent to a whole number and the points to hundredths', () => {
    const three = (id: string) =>
      makeQuestion({ id, type: 'truefalse', prompt: 'p', explanation: 'e', answer: true });
    const quiz = makeQuiz({ id: 'thirds', passMark: 67, questions: [three('a'), three('b'), three('c')] });
    const twoRight = summarizeAttempt(
      quiz,
      submitted(
        quiz,
        { type: 'answer', questionId: 'a', response: { type: 'truefalse', value: true } },
        { type: 'answer', questionId: 'b', response: { type: 'truefalse', value: true } },
      ),
    );
    expect(twoRight).toMatchObject({ percent: 67, passed: true });

    const multiple = makeQuestion({
      ...multipleQuestion,
      points: 2,
      options: [
        { text: 'a', correct: true },
        { text: 'b', correct: true },
        { text: 'c', correct: true },
      ],
    });
    const thirdsQuiz = makeQuiz({ id: 'partial', questions: [multiple] });
    const partial = summarizeAttempt(
      thirdsQuiz,
      submitted(thirdsQuiz, {
        type: 'answer',
        questionId: multiple.id,
        response: { type: 'multiple', choices: [0] },
      }),
    );
    expect(partial).toMatchObject({ earned: 0.67, possible: 2, percent: 33 });
  });

  it('before submitting, counts only the questions already checked', () => {
    const state = [
      { type: 'answer', questionId: singleQuestion.id, response: { type: 'single', choice: 0 } },
      { type: 'check', questionId: singleQuestion.id },
      { type: 'answer', questionId: trueFalseQuestion.id, response: { type: 'truefalse', value: true } },
    ] satisfies QuizAction[];
    const summary = summarizeAttempt(sampleQuiz, state.reduce(quizReducer, initialQuizState(sampleQuiz)));
    expect(summary).toMatchObject({ earned: 1, possible: 5, percent: 20 });
    expect(summary.toReview.map((r) => r.questionId)).toContain(trueFalseQuestion.id);
  });

  it('takes points from the quiz as it is now, not from the saved grade', () => {
    const state = submitted(sampleQuiz, ...allRight);
    const heavier = makeQuiz({
      ...sampleQuiz,
      questions: [{ ...singleQuestion, points: 5 }, ...sampleQuiz.questions.slice(1)],
    });
    expect(summarizeAttempt(heavier, state)).toMatchObject({ earned: 9, possible: 9, percent: 100 });
  });
});
