// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { closestMatch, levenshtein } from './suggest';

describe('levenshtein', () => {
  it('counts single edits', () => {
    expect(levenshtein('corect', 'correct')).toBe(1);
    expect(levenshtein('Optoin', 'Option')).toBe(2);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});

describe('closestMatch', () => {
  it('suggests the allowed spelling for a typo', () => {
    expect(closestMatch('corect', ['correct', 'feedback'])).toBe('correct');
    expect(closestMatch('Optoin', ['Option', 'Hint', 'Explanation'])).toBe('Option');
    expect(closestMatch('Explaination', ['Option', 'Hint', 'Explanation'])).toBe('Explanation');
  });

  it('ignores case, so a wrongly cased attribute finds its camelCase form', () => {
    expect(closestMatch('passmark', ['id', 'title', 'passMark', 'mode', 'shuffle'])).toBe('passMark');
  });

  it('does not guess when nothing is close', () => {
    expect(closestMatch('colour', ['correct', 'feedback'])).toBeUndefined();
    expect(closestMatch('xy', ['id', 'type'])).toBeUndefined();
  });
});
