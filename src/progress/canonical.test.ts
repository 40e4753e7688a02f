// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameContent } from './canonical';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, and leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":0,"y":1}]},"b":1}',
    );
    expect(sameContent({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('keeps a "__proto__" key as plain data without touching any prototype', () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":1}}');
    const copy = JSON.parse(canonicalJson(hostile));
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
