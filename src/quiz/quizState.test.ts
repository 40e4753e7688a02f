// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeQuestion } from './grade';
import { initialQuizState, type QuizAction, quizReducer, type QuizState } from './quizState';
import type { Response } from './schema';
import { makeQuiz, multipleQuestion, orderingQuestion, sampleQuiz, singleQuestion } from './testFixtures';

const RIGHT_SINGLE: Response = { type: 'single', choice: 0 };
const WRONG_SINGLE: Response = { type: 'single', choice: 1 };
const SINGLE = singleQuestion.id;
const MULTIPLE = multipleQuestion.id;

const run = (state: QuizState, ...actions: QuizAction[]) => actions.reduce(quizReducer, state);
const practice = () => initialQuizState(sampleQuiz, { mode: 'practice' });
const test = () => initialQuizState(sampleQuiz, { mode: 'test' });

describe('initialQuizState', () => {
  it('starts attempt 1 in the quiz mode, answering, with every question empty', () => {
    const state = initialQuizState(makeQuiz({ ...sampleQuiz, mode: 'test' }));
    expect(state).toMatchObject({ mode: 'test', attempt: 1, phase: 'answering', showCorrect: false });
    expect(Object.keys(state.questions)).toEqual(sampleQuiz.questions.map((q) => q.id));
    for (const q of Object.values(state.questions))
      expect(q).toEqual({ response: null, checked: null, hintsShown: 0 });
  });

  it('takes a given attempt number and mode', () => {
    expect(initialQuizState(sampleQuiz, { attempt: 4, mode: 'test' })).toMatchObject({
      attempt: 4,
      mode: 'test',
    });
  });

  it('rejects an attempt below 1 or not whole with a [quiz] error', () => {
    expect(() => initialQuizState(sampleQuiz, { attempt: 0 })).toThrow(/^\[quiz\] attempt/);
    expect(() => initialQuizState(sampleQuiz, { attempt: 1.5 })).toThrow(/^\[quiz\] /);
  });
});

describe('answer', () => {
  it('records the response for that question only', () => {
    const state = run(practice(), { type: 'answer', questionId: SINGLE, response: WRONG_SINGLE });
    expect(state.questions[SINGLE]?.response).toEqual(WRONG_SINGLE);
    expect(state.questions[MULTIPLE]?.response).toBeNull();
  });

  it('lets the learner change an answer before checking', () => {
    const state = run(
      practice(),
      { type: 'answer', questionId: SINGLE, response: WRONG_SINGLE },
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
    );
    expect(state.questions[SINGLE]?.response).toEqual(RIGHT_SINGLE);
  });

  it('ignores a response of another type or with an out-of-range index', () => {
    const state = practice();
    expect(
      quizReducer(state, {
        type: 'answer',
        questionId: SINGLE,
        response: { type: 'truefalse', value: true },
      }),
    ).toBe(state);
    expect(
      quizReducer(state, { type: 'answer', questionId: SINGLE, response: { type: 'single', choice: 9 } }),
    ).toBe(state);
  });

  it('ignores an unknown question id, including ones that exist on every object', () => {
    const state = practice();
    expect(
      quizReducer(state, { type: 'answer', questionId: 'no-such-question', response: RIGHT_SINGLE }),
    ).toBe(state);
    expect(quizReducer(state, { type: 'answer', questionId: 'constructor', response: RIGHT_SINGLE })).toBe(
      state,
    );
    expect(quizReducer(state, { type: 'revealHint', questionId: '__proto__' })).toBe(state);
  });

  it('locks a checked question until retry', () => {
    const checked = run(
      practice(),
      { type: 'answer', questionId: SINGLE, response: WRONG_SINGLE },
      { type: 'check', questionId: SINGLE },
    );
    expect(quizReducer(checked, { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE })).toBe(
      checked,
    );
  });

  it('refuses answers after the quiz is submitted', () => {
    const submitted = run(test(), { type: 'submit' });
    expect(quizReducer(submitted, { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE })).toBe(
      submitted,
    );
  });
});

describe('check', () => {
  it('grades that one question in practice mode', () => {
    const state = run(
      practice(),
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
      { type: 'check', questionId: SINGLE },
    );
    expect(state.questions[SINGLE]?.checked).toEqual(gradeQuestion(singleQuestion, RIGHT_SINGLE));
    expect(state.questions[MULTIPLE]?.checked).toBeNull();
    expect(state.phase).toBe('answering');
  });

  it('is not available in test mode', () => {
    const answered = run(test(), { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE });
    expect(quizReducer(answered, { type: 'check', questionId: SINGLE })).toBe(answered);
  });

  it('needs a complete answer', () => {
    const state = practice();
    expect(quizReducer(state, { type: 'check', questionId: SINGLE })).toBe(state);
    const none = run(state, {
      type: 'answer',
      questionId: MULTIPLE,
      response: { type: 'multiple', choices: [] },
    });
    expect(quizReducer(none, { type: 'check', questionId: MULTIPLE })).toBe(none);
  });

  it('does nothing the second time', () => {
    const checked = run(
      practice(),
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
      { type: 'check', questionId: SINGLE },
    );
    expect(quizReducer(checked, { type: 'check', questionId: SINGLE })).toBe(checked);
  });

  it('ignores an unknown question id', () => {
    const state = practice();
    expect(quizReducer(state, { type: 'check', questionId: 'missing' })).toBe(state);
  });
});

describe('revealHint', () => {
  it('shows one more hint each time, up to the number of hints', () => {
    const once = run(practice(), { type: 'revealHint', questionId: SINGLE });
    expect(once.questions[SINGLE]?.hintsShown).toBe(1);
    const twice = quizReducer(once, { type: 'revealHint', questionId: SINGLE });
    expect(twice.questions[SINGLE]?.hintsShown).toBe(2);
    expect(quizReducer(twice, { type: 'revealHint', questionId: SINGLE })).toBe(twice);
  });

  it('does nothing for a question without hints', () => {
    const state = practice();
    expect(quizReducer(state, { type: 'revealHint', questionId: MULTIPLE })).toBe(state);
  });
});

describe('submit', () => {
  it('grades every question and moves to submitted, unanswered questions scoring 0', () => {
    const state = run(
      test(),
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
      { type: 'submit' },
    );
    expect(state.phase).toBe('submitted');
    expect(state.questions[SINGLE]?.checked?.fraction).toBe(1);
    expect(state.questions[MULTIPLE]?.checked).toMatchObject({ fraction: 0, earned: 0, possible: 2 });
    for (const q of Object.values(state.questions)) expect(q.checked).not.toBeNull();
  });

  it('keeps the responses and hints shown', () => {
    const state = run(
      test(),
      { type: 'revealHint', questionId: SINGLE },
      { type: 'answer', questionId: SINGLE, response: WRONG_SINGLE },
      { type: 'submit' },
    );
    expect(state.questions[SINGLE]).toMatchObject({ response: WRONG_SINGLE, hintsShown: 1 });
  });

  it('does nothing once submitted', () => {
    const submitted = run(test(), { type: 'submit' });
    expect(quizReducer(submitted, { type: 'submit' })).toBe(submitted);
  });
});

describe('toggleShowCorrect', () => {
  it('flips after submitting', () => {
    const submitted = run(test(), { type: 'submit' });
    const shown = quizReducer(submitted, { type: 'toggleShowCorrect' });
    expect(shown.showCorrect).toBe(true);
    expect(quizReducer(shown, { type: 'toggleShowCorrect' }).showCorrect).toBe(false);
  });

  it('does nothing before submitting, so answers cannot be peeked at', () => {
    const state = practice();
    expect(quizReducer(state, { type: 'toggleShowCorrect' })).toBe(state);
  });
});

describe('retry', () => {
  it('starts the next attempt with everything cleared and the mode kept', () => {
    const submitted = run(
      initialQuizState(sampleQuiz, { mode: 'test', attempt: 2 }),
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
      { type: 'revealHint', questionId: SINGLE },
      { type: 'submit' },
      { type: 'toggleShowCorrect' },
    );
    const next = quizReducer(submitted, { type: 'retry' });
    expect(next).toEqual(initialQuizState(sampleQuiz, { mode: 'test', attempt: 3 }));
  });

  it('unlocks checked questions in practice mode', () => {
    const checked = run(
      practice(),
      { type: 'answer', questionId: SINGLE, response: WRONG_SINGLE },
      { type: 'check', questionId: SINGLE },
    );
    const next = run(
      checked,
      { type: 'retry' },
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
    );
    expect(next.questions[SINGLE]).toMatchObject({ response: RIGHT_SINGLE, checked: null });
  });
});

describe('setMode', () => {
  it('switches mode before anything is answered, even after a hint', () => {
    const state = run(
      practice(),
      { type: 'revealHint', questionId: SINGLE },
      { type: 'setMode', mode: 'test' },
    );
    expect(state.mode).toBe('test');
  });

  it('is refused once an answer is given, so a test cannot become a practice midway', () => {
    const answered = run(test(), { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE });
    expect(quizReducer(answered, { type: 'setMode', mode: 'practice' })).toBe(answered);
  });

  it('is refused after submitting, but allowed again after retry', () => {
    const submitted = run(test(), { type: 'submit' });
    expect(quizReducer(submitted, { type: 'setMode', mode: 'practice' })).toBe(submitted);
    expect(run(submitted, { type: 'retry' }, { type: 'setMode', mode: 'practice' }).mode).toBe('practice');
  });

  it('returns the same state when the mode is already set', () => {
    const state = practice();
    expect(quizReducer(state, { type: 'setMode', mode: 'practice' })).toBe(state);
  });
});

describe('restore', () => {
  it('puts back a saved response without a grade', () => {
    const state = run(practice(), {
      type: 'restore',
      questionId: SINGLE,
      response: WRONG_SINGLE,
      checked: null,
    });
    expect(state.questions[SINGLE]).toMatchObject({ response: WRONG_SINGLE, checked: null });
  });

  it('puts back a checked question, locked, graded against the question as it is now', () => {
    const stale = { ...gradeQuestion(singleQuestion, RIGHT_SINGLE), fraction: 0.25 };
    const state = run(practice(), {
      type: 'restore',
      questionId: SINGLE,
      response: RIGHT_SINGLE,
      checked: stale,
    });
    expect(state.questions[SINGLE]?.checked).toEqual(gradeQuestion(singleQuestion, RIGHT_SINGLE));
    expect(quizReducer(state, { type: 'answer', questionId: SINGLE, response: WRONG_SINGLE })).toBe(state);
  });

  it('ignores saved data that no longer fits the question', () => {
    const state = practice();
    const wrongType = {
      type: 'restore',
      questionId: SINGLE,
      response: { type: 'short', text: 'x' },
      checked: null,
    } as const;
    const outOfRange = {
      type: 'restore',
      questionId: SINGLE,
      response: { type: 'single', choice: 5 },
      checked: null,
    } as const;
    expect(quizReducer(state, wrongType)).toBe(state);
    expect(quizReducer(state, outOfRange)).toBe(state);
  });

  it('drops a saved grade that has no response to go with it', () => {
    const grade = gradeQuestion(singleQuestion, null);
    const state = run(practice(), { type: 'restore', questionId: SINGLE, response: null, checked: grade });
    expect(state.questions[SINGLE]).toMatchObject({ response: null, checked: null });
  });

  it('ignores an unknown question id and a submitted quiz', () => {
    const state = practice();
    expect(
      quizReducer(state, { type: 'restore', questionId: 'gone', response: RIGHT_SINGLE, checked: null }),
    ).toBe(state);
    const submitted = run(state, { type: 'submit' });
    expect(
      quizReducer(submitted, { type: 'restore', questionId: SINGLE, response: RIGHT_SINGLE, checked: null }),
    ).toBe(submitted);
  });

  it('counts as answering, so the mode can no longer change', () => {
    const restored = run(test(), {
      type: 'restore',
      questionId: SINGLE,
      response: RIGHT_SINGLE,
      checked: null,
    });
    expect(quizReducer(restored, { type: 'setMode', mode: 'practice' })).toBe(restored);
  });
});

describe('quizReducer', () => {
  it('returns the same state for an action it does not know', () => {
    const state = practice();
    expect(quizReducer(state, { type: 'explode' } as unknown as QuizAction)).toBe(state);
  });

  it('never changes the state it is given', () => {
    const state = practice();
    const snapshot = structuredClone(state);
    run(
      state,
      { type: 'answer', questionId: SINGLE, response: RIGHT_SINGLE },
      { type: 'check', questionId: SINGLE },
      { type: 'submit' },
    );
    expect(state).toEqual(snapshot);
  });

  it('works for every question type in one quiz', () => {
    const quiz = makeQuiz({ id: 'mixed', questions: [orderingQuestion, singleQuestion] });
    const state = run(
      initialQuizState(quiz),
      {
        type: 'answer',
        questionId: orderingQuestion.id,
        response: { type: 'ordering', order: [0, 1, 3, 2] },
      },
      { type: 'check', questionId: orderingQuestion.id },
    );
    expect(state.questions[orderingQuestion.id]?.checked?.fraction).toBe(0.5);
  });
});
