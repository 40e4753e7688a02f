// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CertificateFields } from './certificateData';
import { canonicalText, normalizeCode, verificationCode } from './verificationCode';

const fields: CertificateFields = {
  course: 'Who Controls Military AI?',
  scope: 'The whole course',
  name: 'Ada Lovelace',
  date: '2026-12-05',
  units: [
    { label: 'Start here', quizzes: [{ title: 'Start here', score: 100 }] },
    {
      label: 'Unit 1: Two levers',
      quizzes: [
        { title: 'The Defense Production Act', score: 86 },
        { title: 'Supply-chain risk', score: 80 },
      ],
    },
  ],
};

const arbitraryFields = fc.record({
  course: fc.string(),
  scope: fc.string(),
  name: fc.string(),
  date: fc.string({ minLength: 10, maxLength: 10 }),
  units: fc.array(
    fc.record({
      label: fc.string(),
      quizzes: fc.array(fc.record({ title: fc.string(), score: fc.integer({ min: 0, max: 100 }) }), {
        minLength: 1,
      }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

describe('verificationCode', () => {
  it('is the first 50 bits of SHA-256 of the printed fields, as Node computes it, in Crockford base 32', () => {
    fc.assert(
      fc.property(arbitraryFields, (random) => {
        const hex = createHash('sha256').update(canonicalText(random), 'utf8').digest('hex');
        const bits = BigInt(`0x${hex.slice(0, 14)}`) >> 6n;
        const code = bits.toString(32).toUpperCase().padStart(10, '0');
        // toString(32) uses 0-9A-V; Crockford's alphabet skips I, L, O and U.
        const crockford = [...code].map((c) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[parseInt(c, 32)]).join('');
        expect(verificationCode(random)).toBe(`${crockford.slice(0, 5)}-${crockford.slice(5)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('changes when any one printed score changes', () => {
    fc.assert(
      fc.property(
        arbitraryFields,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 100 }),
        (random, u, q, delta) => {
          const unit = random.units[u % random.units.length]!;
          const quiz = unit.quizzes[q % unit.quizzes.length]!;
          const changed = structuredClone(random);
          const target = changed.units[u % changed.units.length]!.quizzes[q % unit.quizzes.length]!;
          target.score = (quiz.score + delta) % 101;
          expect(verificationCode(changed)).not.toBe(verificationCode(random));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('changes with the name, the date or the scope, but not with spaces around or inside the name', () => {
    const code = verificationCode(fields);
    expect(verificationCode({ ...fields, name: 'Ada  Lovelace ' })).toBe(code);
    expect(verificationCode({ ...fields, name: 'Ada Lovelace-King' })).not.toBe(code);
    expect(verificationCode({ ...fields, name: 'ada lovelace' })).not.toBe(code);
    expect(verificationCode({ ...fields, date: '2026-12-06' })).not.toBe(code);
    expect(verificationCode({ ...fields, scope: 'Unit 1: Two levers' })).not.toBe(code);
  });
});

describe('normalizeCode', () => {
  it('reads a code however it is typed: case, spaces, dashes, and O, I, L for 0, 1, 1', () => {
    expect(normalizeCode(' 7xq2m 4kd9r ')).toBe('7XQ2M-4KD9R');
    expect(normalizeCode('OILAB-CDEFG')).toBe('011AB-CDEFG');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeCode('')).toBeNull();
    expect(normalizeCode('7XQ2M-4KD9')).toBeNull();
    expect(normalizeCode('7XQ2M-4KD9U')).toBeNull();
    expect(normalizeCode('<script>')).toBeNull();
  });
});
