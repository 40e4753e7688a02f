// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  applyAttemptAction,
  blankAttempt,
  hasStarted,
  MAX_EARLIER_TRIES,
  type AttemptAction,
  type AttemptContext,
  type QuizAttempt,
} from './attempt';
import { attemptScreen } from './attemptScreen';
import { questionContentHash } from './hash';
import type { Response } from './schema';
import {
  makeQuiz,
  matchingQuestion,
  orderingQuestion,
  sampleQuiz,
  singleQuestion,
  multipleQuestion,
} from './testFixtures';

const RIGHT: Response = { type: 'single', choice: 0 };
const WRONG: Response = { type: 'single', choice: 1 };
const SINGLE = singleQuestion.id;

let clock = 1000;
const context = (): AttemptContext => {
  clock += 1;
  return { at: clock, newId: () => `id-${clock}`, hashOf: questionContentHash };
};
const run = (attempt: QuizAttempt, ...actions: AttemptAction[]) =>
  actions.reduce((state, action) => applyAttemptAction(sampleQuiz, state, action, context()), attempt);
const practice = () => blankAttempt({ mode: 'practice' });
const test = () => blankAttempt({ mode: 'test' });
const answer = (response: Response, questionId = SINGLE): AttemptAction => ({
  type: 'answer',
  questionId,
  response,
});

describe('an attempt', () => {
  it('starts blank, with no id, and gets an id and start time at the first action', () => {
    const blank = practice();
    expect(blank).toMatchObject({ id: '', number: 1, mode: 'practice', questions: {} });
    const started = run(blank, answer(WRONG));
    expect(started.id).toMatch(/^id-/);
    expect(started.startedAt).toBeGreaterThan(0);
    expect(started.questions[SINGLE]).toMatchObject({
      response: WRONG,
      hash: questionContentHash(singleQuestion),
    });
  });

  it('returns the very same object for anything not allowed now', () => {
    const blank = test();
    for (const action of [
      { type: 'check', questionId: SINGLE },
      { type: 'retryQuestion', questionId: SINGLE },
      { type: 'toggleShowCorrect' },
      { type: 'newAttempt' },
      { type: 'setMode', mode: 'test' },
      answer(RIGHT, 'no-such-question'),
      answer(RIGHT, 'constructor'),
      { type: 'revealHint', questionId: '__proto__' },
      answer({ type: 'truefalse', value: true }),
      answer({ type: 'single', choice: 9 }),
    ] as AttemptAction[]) {
      expect(applyAttemptAction(sampleQuiz, blank, action, context())).toBe(blank);
    }
  });

  it('locks a checked answer in practice until the learner tries that question again', () => {
    const checked = run(practice(), answer(WRONG), { type: 'check', questionId: SINGLE });
    expect(checked.questions[SINGLE]?.checked).toBe(true);
    expect(run(checked, answer(RIGHT))).toBe(checked);
    const again = run(checked, { type: 'retryQuestion', questionId: SINGLE });
    expect(again.questions[SINGLE]).toEqual({
      earlier: [{ response: WRONG, fraction: 0, at: expect.any(Number) }],
    });
    const right = run(again, answer(RIGHT), { type: 'check', questionId: SINGLE });
    expect(right.questions[SINGLE]).toMatchObject({ response: RIGHT, checked: true });
    expect(right.questions[SINGLE]?.earlier).toHaveLength(1);
  });

  it('keeps only the last few earlier tries', () => {
    let attempt = practice();
    for (let i = 0; i < MAX_EARLIER_TRIES + 3; i++) {
      attempt = run(
        attempt,
        answer(WRONG),
        { type: 'check', questionId: SINGLE },
        { type: 'retryQuestion', questionId: SINGLE },
      );
    }
    expect(attempt.questions[SINGLE]?.earlier).toHaveLength(MAX_EARLIER_TRIES);
  });

  it('does not check in test mode, nor check an empty answer', () => {
    const answered = run(test(), answer(RIGHT));
    expect(run(answered, { type: 'check', questionId: SINGLE })).toBe(answered);
    const empty = run(practice(), answer({ type: 'multiple', choices: [] }, multipleQuestion.id));
    expect(run(empty, { type: 'check', questionId: multipleQuestion.id })).toBe(empty);
  });

  it('checks a partly matched question: a term left unmatched counts as wrong, as on Finish', () => {
    const quiz = makeQuiz({ id: 'm', questions: [matchingQuestion] });
    const partly: Response = { type: 'matching', matches: [0, null, null] };
    const ctx = context();
    const answered = applyAttemptAction(quiz, practice(), answer(partly, matchingQuestion.id), ctx);
    const checked = applyAttemptAction(
      quiz,
      answered,
      { type: 'check', questionId: matchingQuestion.id },
      context(),
    );
    expect(checked).not.toBe(answered);
    const onCheck = attemptScreen(quiz, checked, questionContentHash).questions[matchingQuestion.id]!;
    const finished = applyAttemptAction(quiz, answered, { type: 'finish' }, context());
    const onFinish = attemptScreen(quiz, finished, questionContentHash).questions[matchingQuestion.id]!;
    expect(onCheck.grade?.fraction).toBeCloseTo(1 / 3);
    expect(onFinish.grade?.fraction).toBe(onCheck.grade?.fraction);
  });

  it('finishes once: a second Finish changes nothing, and nothing can be answered after it', () => {
    const finished = run(test(), answer(RIGHT), { type: 'finish' });
    expect(finished.finishedAt).toBeDefined();
    expect(run(finished, { type: 'finish' })).toBe(finished);
    expect(run(finished, answer(WRONG))).toBe(finished);
    expect(run(finished, { type: 'revealHint', questionId: SINGLE })).toBe(finished);
  });

  it('starts a new attempt only after finishing, numbered on, in the same mode unless told', () => {
    const open = run(test(), answer(RIGHT));
    expect(run(open, { type: 'newAttempt' })).toBe(open);
    const finished = run(open, { type: 'finish' });
    const next = run(finished, { type: 'newAttempt' });
    expect(next).toMatchObject({ number: 2, mode: 'test', questions: {} });
    expect(next.id).not.toBe(finished.id);
    expect(run(finished, { type: 'newAttempt', mode: 'practice' }).mode).toBe('practice');
  });

  it('lets the mode change only before the first answer or hint, and saves that choice', () => {
    const chosen = run(practice(), { type: 'setMode', mode: 'test' });
    expect(chosen).toMatchObject({ mode: 'test' });
    expect(chosen.id).not.toBe('');
    expect(hasStarted(chosen)).toBe(false);
    const hinted = run(practice(), { type: 'revealHint', questionId: SINGLE });
    expect(hasStarted(hinted)).toBe(true);
    expect(run(hinted, { type: 'setMode', mode: 'test' })).toBe(hinted);
  });

  it('shows hints one at a time and no more than there are', () => {
    const hint = { type: 'revealHint', questionId: SINGLE } as const;
    const all = run(practice(), hint, hint, hint);
    expect(all.questions[SINGLE]?.hintsShown).toBe(singleQuestion.hints.length);
  });

  it('sets aside an answer to an earlier version of a question and takes a new one', () => {
    const oldHash = () => 'fff000fff000';
    const attempt = applyAttemptAction(sampleQuiz, practice(), answer(WRONG), {
      ...context(),
      hashOf: oldHash,
    });
    const checked = applyAttemptAction(
      sampleQuiz,
      attempt,
      { type: 'check', questionId: SINGLE },
      { ...context(), hashOf: oldHash },
    );
    const screen = attemptScreen(sampleQuiz, checked, questionContentHash).questions[SINGLE]!;
    expect(screen).toMatchObject({ response: null, changedSinceAnswered: true, locked: false });
    const again = run(checked, answer(RIGHT));
    expect(again.questions[SINGLE]).toMatchObject({
      response: RIGHT,
      hash: questionContentHash(singleQuestion),
    });
    expect(again.questions[SINGLE]?.checked).toBeUndefined();
  });

  it('counts an untouched ordering question as unanswered, and its starting order as an answer once chosen', () => {
    const quiz = makeQuiz({ id: 'o', questions: [orderingQuestion] });
    const blank = attemptScreen(quiz, practice(), questionContentHash);
    expect(blank.questions[orderingQuestion.id]).toMatchObject({ response: null, answered: 'no' });
    expect(blank.notAnswered).toEqual([orderingQuestion.id]);
    const finished = applyAttemptAction(quiz, practice(), { type: 'finish' }, context());
    expect(attemptScreen(quiz, finished, questionContentHash).summary).toMatchObject({
      earned: 0,
      percent: 0,
    });
  });
});
