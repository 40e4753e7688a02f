/**
 * The verification code printed on a certificate: SHA-256 (through @noble/hashes, so it works on
 * any page, secure context or not) of the printed fields written one per line, its first 50 bits
 * in Crockford's base 32, as "XXXXX-XXXXX".
 *
 * Why this is enough, and what it proves: any change to a printed field (the name, a score, the
 * date) gives another code, except by a chance of about one in 10^15. There is no secret in it,
 * because there is no server: anyone can compute the code of any fields with this very page. So a
 * code that matches proves that the printout says what it said when it was printed, with nothing
 * changed since. It does not prove who earned it, or that the quizzes were taken honestly.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { CertificateFields } from './certificateData';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BITS = 50;

/** A name as the code sees it: spaces at the ends and runs of spaces do not count; letters do. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The exact text the code is computed from (versioned, so the format can change one day). */
export function canonicalText(fields: CertificateFields): string {
  const lines = [
    'who-controls-military-ai certificate v1',
    `course: ${fields.course}`,
    `scope: ${fields.scope}`,
    `name: ${normalizeName(fields.name)}`,
    `date: ${fields.date}`,
    ...fields.units.flatMap((unit) => [
      `unit: ${unit.label}`,
      ...unit.quizzes.map((quiz) => `quiz: ${quiz.title} = ${quiz.score}%`),
    ]),
  ];
  return lines.join('\n');
}

/** The code for these fields, e.g. "7XQ2M-4KD9R". */
export function verificationCode(fields: CertificateFields): string {
  const digest = sha256(new TextEncoder().encode(canonicalText(fields)));
  let bits = 0n;
  for (const byte of digest.slice(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= BigInt(56 - CODE_BITS);
  let code = '';
  for (let i = CODE_BITS / 5 - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A typed code in the printed form, or null when it cannot be one. Case, spaces and dashes do not
 * matter, and the letters people mistake for digits (O, I, L) are read as 0 and 1, as Crockford's
 * base 32 intends.
 */
export function normalizeCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== CODE_BITS / 5 || [...plain].some((c) => !ALPHABET.includes(c))) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}
