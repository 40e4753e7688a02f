// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ALL_QUESTION_ATTRIBUTES,
  QUIZ_ATTRIBUTES,
  childAttributes,
  questionAttributes,
  questionChildren,
  typesUsing,
} from './vocabulary';

describe('the authoring vocabulary read from the schema', () => {
  it('lists the attributes of <Quiz> and <Question>', () => {
    expect(QUIZ_ATTRIBUTES).toEqual(['id', 'title', 'passMark', 'mode', 'shuffle']);
    expect([...ALL_QUESTION_ATTRIBUTES].sort()).toEqual(
      ['answer', 'categories', 'id', 'points', 'teaches', 'type'].sort(),
    );
  });

  it('knows which attributes and children each question type takes', () => {
    expect(questionAttributes('truefalse')).toContain('answer');
    expect(questionAttributes('single')).not.toContain('answer');
    expect(questionChildren('single')).toEqual(['Option', 'Hint', 'Explanation']);
    expect(questionChildren('classify')).toEqual(['Statement', 'Hint', 'Explanation']);
    expect(typesUsing('options')).toEqual(['single', 'multiple']);
  });

  it('reads child attributes from the list entries', () => {
    expect(childAttributes('Option')).toEqual(['correct', 'feedback']);
    expect(childAttributes('Statement')).toEqual(['category', 'feedback']);
    expect(childAttributes('Match')).toEqual(['term']);
    expect(childAttributes('Hint')).toEqual([]);
  });
});
