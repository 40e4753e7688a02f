// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyAttemptAction, blankAttempt, type AttemptAction } from './attempt';
import { questionContentHash } from './hash';
import type { Quiz } from './schema';
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

let at = 1;
const finished = (quiz: Quiz = sampleQuiz, ...actions: AttemptAction[]) =>
  [...actions, { type: 'finish' } as const].reduce(
    (state, action) =>
      applyAttemptAction(quiz, state, action, { at: at++, newId: () => 'a', hashOf: questionContentHash }),
    blankAttempt({ mode: 'test' }),
  );
const summary = (quiz: Quiz, ...actions: AttemptAction[]) =>
  summarizeAttempt(quiz, finished(quiz, ...actions), questionContentHash);

const allRight: AttemptAction[] = [
  { type: 'answer', questionId: singleQuestion.id, response: { type: 'single', choice: 0 } },
  { type: 'answer', questionId: multipleQuestion.id, response: { type: 'multiple', choices: [0, 2] } },
  { type: 'answer', questionId: trueFalseQuestion.id, response: { type: 'truefalse', value: true } },
  { type: 'answer', questionId: shortQuestion.id, response: { type: 'short', text: 'DPA' } },
];

describe('summarizeAttempt', () => {
  it('gives full marks, a pass and nothing to review when everything is right', () => {
    expect(summary(sampleQuiz, ...allRight)).toEqual({
      earned: 5,
      possible: 5,
      percent: 100,
      passMark: 80,
      passed: true,
      toReview: [],
    });
  });

  it('counts unanswered questions as 0 and lists them for review', () => {
    const result = summary(sampleQuiz);
    expect(result).toMatchObject({ earned: 0, possible: 5, percent: 0, passed: false });
    expect(result.toReview.map((r) => r.questionId)).toEqual(sampleQuiz.questions.map((q) => q.id));
  });

  it('gives partial credit and lists a partly right question with its fraction and anchor', () => {
    const result = summary(sampleQuiz, allRight[0]!, {
      type: 'answer',
      questionId: multipleQuestion.id,
      response: { type: 'multiple', choices: [0] },
    });
    expect(result).toMatchObject({ earned: 2, possible: 5, percent: 40 });
    expect(result.toReview[0]).toEqual({
      questionId: multipleQuestion.id,
      teaches: undefined,
      fraction: 0.5,
    });
  });

  it("judges a pass against the pass mark it is given, such as an assignment's", () => {
    const threeOfFive = [allRight[1]!, allRight[2]!];
    const attempt = finished(sampleQuiz, ...threeOfFive);
    expect(summarizeAttempt(sampleQuiz, attempt, questionContentHash)).toMatchObject({
      percent: 60,
      passed: false,
    });
    expect(summarizeAttempt(sampleQuiz, attempt, questionContentHash, 60)).toMatchObject({
      percent: 60,
      passMark: 60,
      passed: true,
    });
  });

  it('rounds partial marks to hundredths and the percentage to a whole number', () => {
    const thirds = makeQuiz({
      id: 'thirds',
      questions: [
        makeQuestion({
          id: 'three-right',
          type: 'multiple',
          prompt: 'Pick the right ones.',
          explanation: 'Because.',
          options: [
            { text: 'a', correct: true },
            { text: 'b', correct: true },
            { text: 'c', correct: true },
            { text: 'd' },
          ],
        }),
      ],
    });
    const result = summary(thirds, {
      type: 'answer',
      questionId: 'three-right',
      response: { type: 'multiple', choices: [0, 1] },
    });
    expect(result.earned).toBe(0.67);
    expect(result.percent).toBe(67);
  });

  it('takes points from the quiz as it is now, so totals add up', () => {
    const heavier = makeQuiz({
      ...sampleQuiz,
      questions: sampleQuiz.questions.map((q) => ({ ...q, points: 2 })),
    });
    const attempt = finished(sampleQuiz, ...allRight);
    expect(summarizeAttempt(heavier, attempt, questionContentHash)).toMatchObject({
      earned: 8,
      possible: 8,
      percent: 100,
    });
  });
});
