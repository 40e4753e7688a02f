import fc from 'fast-check';
import type { Response } from '@site/src/quiz';
import { decodeResponse, encodeResponse } from './responseCodes';

const index = fc.integer({ min: 0, max: 9 });
const slot = fc.option(index, { nil: null });
const response: fc.Arbitrary<Response> = fc.oneof(
  index.map((choice) => ({ type: 'single' as const, choice })),
  fc.boolean().map((value) => ({ type: 'truefalse' as const, value })),
  fc
    .uniqueArray(index, { maxLength: 6 })
    .map((choices) => ({ type: 'multiple' as const, choices: [...choices].sort((a, b) => a - b) })),
  fc
    .uniqueArray(index, { minLength: 2, maxLength: 8 })
    .map((order) => ({ type: 'ordering' as const, order })),
  fc.array(slot, { minLength: 1, maxLength: 8 }).map((matches) => ({ type: 'matching' as const, matches })),
  fc
    .array(slot, { minLength: 1, maxLength: 8 })
    .map((categories) => ({ type: 'classify' as const, categories })),
  fc.string({ maxLength: 60 }).map((text) => ({ type: 'short' as const, text })),
);

describe('response codes', () => {
  it('give back every response they encode (fast-check over every question type)', () => {
    fc.assert(
      fc.property(response, (value) => {
        const code = encodeResponse(value, 100);
        expect(code).not.toBeNull();
        expect(decodeResponse(value.type, JSON.parse(JSON.stringify(code)))).toEqual(value);
      }),
    );
  });

  it('are short: one character for most answers', () => {
    expect(encodeResponse({ type: 'single', choice: 2 }, 100)).toBe(2);
    expect(encodeResponse({ type: 'multiple', choices: [0, 2] }, 100)).toBe(5);
    expect(encodeResponse({ type: 'matching', matches: [1, null, 0] }, 100)).toBe('1-0');
  });

  it('cut a long typed answer and mark the cut, so it is never taken for an accepted answer', () => {
    expect(encodeResponse({ type: 'short', text: 'opinion, not a fact at all' }, 7)).toBe('opinion…');
  });

  it('refuse a code that does not fit the question’s type', () => {
    expect(decodeResponse('single', 'a')).toBeNull();
    expect(decodeResponse('truefalse', 2)).toBeNull();
    expect(decodeResponse('ordering', '1-2')).toBeNull();
    expect(decodeResponse('short', 3)).toBeNull();
    expect(decodeResponse('multiple', -1)).toBeNull();
  });
});
