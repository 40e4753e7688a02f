// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { responseOfType, usableResponse } from './responseFit';
import {
  classifyQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  shortQuestion,
  singleQuestion,
  trueFalseQuestion,
} from './testFixtures';

describe('usableResponse', () => {
  it('returns a well-formed response of the right type unchanged', () => {
    const response = { type: 'single', choice: 2 } as const;
    expect(usableResponse(singleQuestion, response)).toEqual(response);
    expect(usableResponse(trueFalseQuestion, { type: 'truefalse', value: false })).toEqual({
      type: 'truefalse',
      value: false,
    });
    expect(usableResponse(shortQuestion, { type: 'short', text: '' })).toEqual({ type: 'short', text: '' });
  });

  it('rejects a response of another type', () => {
    expect(usableResponse(singleQuestion, { type: 'multiple', choices: [0] })).toBeNull();
    expect(usableResponse(shortQuestion, { type: 'truefalse', value: true })).toBeNull();
  });

  it('rejects anything that is not a response at all', () => {
    for (const junk of [
      null,
      undefined,
      0,
      'single',
      [],
      {},
      { type: 'nope' },
      { type: 'single', choice: -1 },
    ]) {
      expect(usableResponse(singleQuestion, junk)).toBeNull();
    }
  });

  it('rejects a short answer longer than the schema allows', () => {
    expect(usableResponse(shortQuestion, { type: 'short', text: 'x'.repeat(501) })).toBeNull();
  });

  it('rejects option indices past the last option', () => {
    expect(usableResponse(singleQuestion, { type: 'single', choice: 3 })).toBeNull();
    expect(usableResponse(multipleQuestion, { type: 'multiple', choices: [0, 4] })).toBeNull();
  });

  it('accepts an empty or repeated choice list for multiple choice, which grades fine', () => {
    expect(usableResponse(multipleQuestion, { type: 'multiple', choices: [] })).not.toBeNull();
    expect(usableResponse(multipleQuestion, { type: 'multiple', choices: [1, 1] })).not.toBeNull();
  });

  it('accepts only a full permutation for ordering', () => {
    expect(usableResponse(orderingQuestion, { type: 'ordering', order: [3, 1, 2, 0] })).not.toBeNull();
    expect(usableResponse(orderingQuestion, { type: 'ordering', order: [3, 1, 2] })).toBeNull();
    expect(usableResponse(orderingQuestion, { type: 'ordering', order: [3, 3, 2, 0] })).toBeNull();
    expect(usableResponse(orderingQuestion, { type: 'ordering', order: [4, 1, 2, 0] })).toBeNull();
  });

  it('needs one entry per term or statement, each empty or in range', () => {
    expect(usableResponse(matchingQuestion, { type: 'matching', matches: [null, 2, 2] })).not.toBeNull();
    expect(usableResponse(matchingQuestion, { type: 'matching', matches: [null, 2] })).toBeNull();
    expect(usableResponse(matchingQuestion, { type: 'matching', matches: [null, 2, 3] })).toBeNull();
    expect(
      usableResponse(classifyQuestion, { type: 'classify', categories: [0, 1, 2, null] }),
    ).not.toBeNull();
    expect(usableResponse(classifyQuestion, { type: 'classify', categories: [0, 1, 2, 3] })).toBeNull();
  });
});

describe('responseOfType', () => {
  it('keeps a response of the asked type and drops any other', () => {
    const response = { type: 'single', choice: 1 } as const;
    expect(responseOfType(response, 'single')).toBe(response);
    expect(responseOfType(response, 'multiple')).toBeNull();
    expect(responseOfType(null, 'single')).toBeNull();
  });
});
