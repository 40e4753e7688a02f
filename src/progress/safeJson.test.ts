// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonSafely } from './safeJson';

describe('parseJsonSafely', () => {
  it('parses an object, ignoring a leading byte-order mark', () => {
    expect(parseJsonSafely('\uFEFF{"a":[1,{"b":"}]"}]}')).toEqual({
      ok: true,
      value: { a: [1, { b: '}]' }] },
    });
  });

  it('drops __proto__, constructor and prototype keys wherever they appear', () => {
    const result = parseJsonSafely(
      '{"__proto__":{"polluted":1},"x":{"constructor":{"prototype":{"polluted":1}},"prototype":2,"keep":3}}',
    );
    expect(result).toEqual({ ok: true, value: { x: { keep: 3 } } });
    if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 10,000-deep array without overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(() => parseJsonSafely(deep)).not.toThrow();
    expect(parseJsonSafely(deep)).toEqual({ ok: false, problem: 'too-deep' });
  });

  it('counts brackets inside strings as text, not nesting', () => {
    const text = `{"a":"${'['.repeat(MAX_JSON_DEPTH + 5)}\\"["}`;
    expect(parseJsonSafely(text).ok).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['quizId,score\ndpa-basics,80\n', 'not-json'],
    ['12', 'not-json'],
    ['{"version":1,"questions":{"a":', 'truncated'],
    ['{"title":"unfinished', 'truncated'],
    ['{"a":}', 'invalid'],
    ['{\u0000\u0001\u0002}', 'invalid'],
  ])('tells what is wrong with %j (%s)', (text, problem) => {
    expect(parseJsonSafely(text)).toEqual({ ok: false, problem });
  });
});
