// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeQuestion, isResponseComplete } from './grade';
import { type Response, gradeResultSchema } from './schema';
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

// Old saved data is untyped; this lets tests feed the grader what storage might hold.
const fromStorage = (value: unknown) => value as Response;

describe('gradeQuestion: single choice', () => {
  it('gives full credit for the right option', () => {
    const result = gradeQuestion(singleQuestion, { type: 'single', choice: 0 });
    expect(result).toMatchObject({ fraction: 1, earned: 1, possible: 1, correct: true });
  });

  it('gives nothing for a wrong option', () => {
    expect(gradeQuestion(singleQuestion, { type: 'single', choice: 2 })).toMatchObject({
      fraction: 0,
      earned: 0,
      correct: false,
    });
  });

  it('shows each option as selected or not, right or not, with its feedback', () => {
    const { parts } = gradeQuestion(singleQuestion, { type: 'single', choice: 1 });
    expect(parts).toEqual({
      type: 'single',
      options: [
        { selected: false, correct: true, feedback: 'Right: Title I covers priorities.' },
        { selected: true, correct: false, feedback: 'Title III pays to expand capacity.' },
        { selected: false, correct: false, feedback: 'Title VII holds general provisions.' },
      ],
    });
  });
});

describe('gradeQuestion: multiple choice', () => {
  const grade = (choices: number[]) => gradeQuestion(multipleQuestion, { type: 'multiple', choices });

  it('gives full credit for ticking exactly the right options', () => {
    expect(grade([0, 2])).toMatchObject({ fraction: 1, earned: 2, possible: 2, correct: true });
  });

  it('gives a share for each right option ticked', () => {
    expect(grade([2])).toMatchObject({ fraction: 0.5, earned: 1, correct: false });
  });

  it('takes the same share away for each wrong option ticked', () => {
    expect(grade([0, 2, 1]).fraction).toBe(0.5);
  });

  it('gives no credit when every box is ticked', () => {
    expect(grade([0, 1, 2, 3])).toMatchObject({ fraction: 0, earned: 0, correct: false });
  });

  it('never goes below zero', () => {
    expect(grade([1, 3]).fraction).toBe(0);
  });

  it('gives nothing when no box is ticked', () => {
    expect(grade([]).fraction).toBe(0);
  });

  it('gives exactly 1 (not 0.999…) with three right options all ticked', () => {
    const question = makeQuestion({
      id: 'three-right',
      type: 'multiple',
      prompt: 'p',
      explanation: 'e',
      options: [
        { text: 'a', correct: true },
        { text: 'b', correct: true },
        { text: 'c', correct: true },
        { text: 'd' },
      ],
    });
    const result = gradeQuestion(question, { type: 'multiple', choices: [0, 1, 2] });
    expect(result.fraction).toBe(1);
    expect(result.correct).toBe(true);
    expect(gradeQuestion(question, { type: 'multiple', choices: [0] }).fraction).toBeCloseTo(1 / 3);
  });

  it('counts an option saved twice only once', () => {
    expect(grade([0, 0]).fraction).toBe(0.5);
  });

  it('gives nothing when the author marked no option right', () => {
    const question = makeQuestion({
      id: 'none-right',
      type: 'multiple',
      prompt: 'p',
      explanation: 'e',
      options: [{ text: 'a' }, { text: 'b' }],
    });
    expect(gradeQuestion(question, { type: 'multiple', choices: [] }).fraction).toBe(0);
  });

  it('shows which options were ticked and which are right', () => {
    const { parts } = grade([1, 2]);
    expect(parts.type === 'multiple' && parts.options.map((o) => [o.selected, o.correct])).toEqual([
      [false, true],
      [true, false],
      [true, true],
      [false, false],
    ]);
  });
});

describe('gradeQuestion: true or false', () => {
  it('gives full credit for the right value and nothing for the other', () => {
    expect(gradeQuestion(trueFalseQuestion, { type: 'truefalse', value: true }).fraction).toBe(1);
    expect(gradeQuestion(trueFalseQuestion, { type: 'truefalse', value: false }).fraction).toBe(0);
  });

  it('shows the chosen value and the answer', () => {
    expect(gradeQuestion(trueFalseQuestion, { type: 'truefalse', value: false }).parts).toEqual({
      type: 'truefalse',
      chosen: false,
      answer: true,
    });
  });
});

describe('gradeQuestion: ordering', () => {
  const grade = (order: number[]) => gradeQuestion(orderingQuestion, { type: 'ordering', order });

  it('gives full credit for the authored order', () => {
    expect(grade([0, 1, 2, 3])).toMatchObject({ fraction: 1, correct: true });
  });

  it('gives the share of items in their right position', () => {
    expect(grade([0, 1, 3, 2]).fraction).toBe(0.5);
    expect(grade([3, 2, 1, 0]).fraction).toBe(0);
    expect(grade([0, 2, 3, 1]).fraction).toBe(0.25);
  });

  it('shows which positions are right', () => {
    expect(grade([0, 1, 3, 2]).parts).toEqual({
      type: 'ordering',
      positions: [
        { chosen: 0, correct: true },
        { chosen: 1, correct: true },
        { chosen: 3, correct: false },
        { chosen: 2, correct: false },
      ],
    });
  });

  it('gives nothing for an order that repeats or misses an item', () => {
    expect(grade([0, 0, 2, 3]).fraction).toBe(0);
    expect(grade([0, 1, 2]).fraction).toBe(0);
    expect(grade([0, 1, 2, 3, 4]).fraction).toBe(0);
  });
});

describe('gradeQuestion: matching', () => {
  const grade = (matches: (number | null)[]) =>
    gradeQuestion(matchingQuestion, { type: 'matching', matches });

  it('gives full credit when every term has its own match', () => {
    expect(grade([0, 1, 2])).toMatchObject({ fraction: 1, correct: true });
  });

  it('gives the share of terms matched right', () => {
    expect(grade([0, 2, 1]).fraction).toBeCloseTo(1 / 3);
  });

  it('counts an unmatched term as wrong', () => {
    expect(grade([0, 1, null]).fraction).toBeCloseTo(2 / 3);
    expect(grade([null, null, null]).fraction).toBe(0);
  });

  it('shows each term as right or wrong', () => {
    expect(grade([0, null, 1]).parts).toEqual({
      type: 'matching',
      pairs: [
        { chosen: 0, correct: true },
        { chosen: null, correct: false },
        { chosen: 1, correct: false },
      ],
    });
  });
});

describe('gradeQuestion: classify', () => {
  const grade = (categories: (number | null)[]) =>
    gradeQuestion(classifyQuestion, { type: 'classify', categories });

  it('gives full credit when every statement is sorted right', () => {
    expect(grade([0, 1, 2, 0])).toMatchObject({ fraction: 1, correct: true });
  });

  it('gives the share of statements sorted right, unsorted ones counting as wrong', () => {
    expect(grade([0, 2, null, 0]).fraction).toBe(0.5);
  });

  it('shows each statement with the chosen and the expected category and its feedback', () => {
    const { parts } = grade([1, 1, 2, null]);
    expect(parts.type === 'classify' && parts.statements[0]).toEqual({
      chosen: 1,
      expected: 0,
      correct: false,
      feedback: 'Checkable in the statute.',
    });
    expect(parts.type === 'classify' && parts.statements[3]).toMatchObject({ chosen: null, correct: false });
  });

  it('never counts a statement right when its category name is not among the categories', () => {
    const question = makeQuestion({
      id: 'bad-category',
      type: 'classify',
      prompt: 'p',
      explanation: 'e',
      categories: ['Fact', 'Opinion'],
      statements: [
        { text: 'a', category: 'Fact' },
        { text: 'b', category: 'Rumour' },
      ],
    });
    const result = gradeQuestion(question, { type: 'classify', categories: [0, 1] });
    expect(result.fraction).toBe(0.5);
    expect(result.parts.type === 'classify' && result.parts.statements[1]?.expected).toBe(-1);
  });
});

describe('gradeQuestion: short answer', () => {
  it('gives full credit for any accepted answer, however it is typed', () => {
    expect(gradeQuestion(shortQuestion, { type: 'short', text: ' defense production ACT.' }).fraction).toBe(
      1,
    );
    expect(gradeQuestion(shortQuestion, { type: 'short', text: '“dpa”' }).fraction).toBe(1);
  });

  it('gives nothing for text that is not an accepted answer', () => {
    expect(
      gradeQuestion(shortQuestion, { type: 'short', text: 'the Defense Production Act of 1950' }),
    ).toMatchObject({
      fraction: 0,
      correct: false,
    });
  });

  it('says which accepted answer matched', () => {
    expect(gradeQuestion(shortQuestion, { type: 'short', text: 'dpa' }).parts).toEqual({
      type: 'short',
      matchedAnswer: 1,
    });
    expect(gradeQuestion(shortQuestion, { type: 'short', text: 'nope' }).parts).toEqual({
      type: 'short',
      matchedAnswer: null,
    });
  });
});

describe('gradeQuestion: unusable responses', () => {
  it('grades no answer as 0 with every part unanswered', () => {
    expect(gradeQuestion(singleQuestion, null)).toMatchObject({ fraction: 0, earned: 0, possible: 1 });
    expect(gradeQuestion(orderingQuestion, undefined).parts).toMatchObject({
      positions: [{ chosen: null }, { chosen: null }, { chosen: null }, { chosen: null }],
    });
    expect(gradeQuestion(trueFalseQuestion, null).parts).toEqual({
      type: 'truefalse',
      chosen: null,
      answer: true,
    });
  });

  it('grades a response of another type as 0 without throwing', () => {
    expect(gradeQuestion(singleQuestion, { type: 'truefalse', value: true }).fraction).toBe(0);
    expect(gradeQuestion(multipleQuestion, { type: 'single', choice: 0 }).fraction).toBe(0);
  });

  it('grades out-of-range indices as 0 without throwing', () => {
    expect(gradeQuestion(singleQuestion, { type: 'single', choice: 3 }).fraction).toBe(0);
    expect(gradeQuestion(multipleQuestion, { type: 'multiple', choices: [0, 2, 9] }).fraction).toBe(0);
    expect(gradeQuestion(matchingQuestion, { type: 'matching', matches: [0, 1, 5] }).fraction).toBe(0);
    expect(gradeQuestion(classifyQuestion, { type: 'classify', categories: [0, 1, 2, 3] }).fraction).toBe(0);
  });

  it('grades arrays of the wrong length as 0, since the question changed since they were saved', () => {
    expect(gradeQuestion(matchingQuestion, { type: 'matching', matches: [0, 1] }).fraction).toBe(0);
    expect(gradeQuestion(classifyQuestion, { type: 'classify', categories: [0, 1, 2, 0, 0] }).fraction).toBe(
      0,
    );
  });

  it('grades malformed saved data as 0 without throwing', () => {
    for (const junk of [
      {},
      'text',
      42,
      { type: 'single' },
      { type: 'single', choice: -1 },
      { type: 'single', choice: 0.5 },
      { type: 'single', choice: '0' },
      { type: 'multiple', choices: 'all' },
    ]) {
      expect(gradeQuestion(singleQuestion, fromStorage(junk)).fraction).toBe(0);
      expect(gradeQuestion(multipleQuestion, fromStorage(junk)).fraction).toBe(0);
    }
  });

  it('shows the options unselected when the response cannot be used', () => {
    const { parts } = gradeQuestion(singleQuestion, { type: 'single', choice: 7 });
    expect(parts.type === 'single' && parts.options.every((o) => !o.selected)).toBe(true);
  });
});

describe('gradeQuestion: points', () => {
  it('scales earned by the question points and reports them as possible', () => {
    expect(gradeQuestion(multipleQuestion, { type: 'multiple', choices: [0] })).toMatchObject({
      fraction: 0.5,
      earned: 1,
      possible: 2,
    });
  });

  it('produces results the saved-progress schema accepts', () => {
    const result = gradeQuestion(classifyQuestion, { type: 'classify', categories: [0, null, 2, 1] });
    expect(gradeResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });
});

describe('isResponseComplete', () => {
  it('is false with no answer or an answer of another type', () => {
    expect(isResponseComplete(singleQuestion, null)).toBe(false);
    expect(isResponseComplete(singleQuestion, { type: 'truefalse', value: true })).toBe(false);
  });

  it('is true once a single choice or true/false value is picked', () => {
    expect(isResponseComplete(singleQuestion, { type: 'single', choice: 2 })).toBe(true);
    expect(isResponseComplete(trueFalseQuestion, { type: 'truefalse', value: false })).toBe(true);
  });

  it('is false for a choice out of range', () => {
    expect(isResponseComplete(singleQuestion, { type: 'single', choice: 3 })).toBe(false);
  });

  it('needs at least one ticked box for multiple choice', () => {
    expect(isResponseComplete(multipleQuestion, { type: 'multiple', choices: [] })).toBe(false);
    expect(isResponseComplete(multipleQuestion, { type: 'multiple', choices: [3] })).toBe(true);
  });

  it('needs every item placed for ordering', () => {
    expect(isResponseComplete(orderingQuestion, { type: 'ordering', order: [3, 2, 1, 0] })).toBe(true);
    expect(isResponseComplete(orderingQuestion, { type: 'ordering', order: [3, 2, 1] })).toBe(false);
  });

  it('needs every term matched and every statement sorted', () => {
    expect(isResponseComplete(matchingQuestion, { type: 'matching', matches: [0, null, 1] })).toBe(false);
    expect(isResponseComplete(matchingQuestion, { type: 'matching', matches: [2, 2, 1] })).toBe(true);
    expect(isResponseComplete(classifyQuestion, { type: 'classify', categories: [0, 1, 2, null] })).toBe(
      false,
    );
    expect(isResponseComplete(classifyQuestion, { type: 'classify', categories: [2, 2, 2, 2] })).toBe(true);
  });

  it('needs some real text for a short answer', () => {
    expect(isResponseComplete(shortQuestion, { type: 'short', text: '  ' })).toBe(false);
    expect(isResponseComplete(shortQuestion, { type: 'short', text: ' . ' })).toBe(false);
    expect(isResponseComplete(shortQuestion, { type: 'short', text: 'wrong but typed' })).toBe(true);
  });
});
