/**
 * Submission codes: one line of text a student pastes into an LMS box or an e-mail. Version 2 is
 * framed like an assignment link, `WCMAI2.<base64url JSON>.<checksum>`, so the checksum can be
 * compared before anything is parsed and a code cut short is told apart from one edited. Version 1
 * codes (`WCMAI1.<base64url JSON with its checksum inside>`) are still read.
 */
import { canonicalJson } from '@site/src/progress/canonical';
import { crc32, fromBase64Url, toBase64Url } from './checksum';
import { SUBMISSION_VERSION, type Submission } from './submissionSchema';

export const CODE_PREFIX = `WCMAI${SUBMISSION_VERSION}.`;
const KNOWN_PREFIXES = ['WCMAI1.', 'WCMAI2.'];
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The copy-paste code of a submission: the JSON without its checksum, then the checksum. */
export function submissionCode(submission: Submission): string {
  const { checksum, ...body } = submission;
  return `${CODE_PREFIX}${toBase64Url(canonicalJson(body))}.${checksum}`;
}

export type CodeReading =
  | { kind: 'not-a-code' | 'damaged' | 'truncated' | 'newer' }
  /** A framed code whose checksum matched its JSON (the JSON has no checksum of its own). */
  | { kind: 'framed'; json: string; checksum: string; prefixVersion: number | null }
  /** An unframed (version 1) code: JSON with its checksum inside, still to be checked. */
  | { kind: 'json'; json: string; prefixVersion: number | null };

const differsInOne = (a: string, b: string) => [...a].filter((char, i) => char !== b[i]).length <= 1;

/** The prefix's version (null when one character of a known prefix was changed) and the rest. */
function splitPrefix(compact: string): { prefixVersion: number | null; rest: string } | null {
  const exact = /^WCMAI(\d{1,3})\./.exec(compact);
  if (exact) return { prefixVersion: Number(exact[1]), rest: compact.slice(exact[0].length) };
  const near = KNOWN_PREFIXES.find((prefix) => differsInOne(compact.slice(0, prefix.length), prefix));
  return near && compact.length > near.length
    ? { prefixVersion: null, rest: compact.slice(near.length) }
    : null;
}

/** Takes a code apart, checking a framed code's checksum first; never throws. */
export function readCode(text: string): CodeReading {
  const split = splitPrefix(text.replace(/\s+/g, ''));
  if (!split) return { kind: 'not-a-code' };
  const { prefixVersion, rest } = split;
  const newer = prefixVersion !== null && prefixVersion > SUBMISSION_VERSION;
  const framed = /^([A-Za-z0-9_-]*)\.([0-9a-f]{8})$/.exec(rest);
  if (framed) {
    const json = fromBase64Url(framed[1] ?? '', true);
    const checksum = framed[2] ?? '';
    if (json === null || crc32(json) !== checksum) return { kind: 'damaged' };
    return { kind: 'framed', json, checksum, prefixVersion };
  }
  if (BASE64URL.test(rest)) {
    // The separator itself was changed: the checksum still matches the part before it.
    const body = rest.slice(0, -9);
    const json = rest.length > 9 ? fromBase64Url(body, true) : null;
    if (json !== null && /[0-9a-f]{8}$/.test(rest) && crc32(json) === rest.slice(-8))
      return { kind: 'damaged' };
    const inner = fromBase64Url(rest, true);
    // Version 1 carries its checksum inside; a framed code that lost its end does not.
    if (inner !== null && (prefixVersion === 1 || /"checksum"\s*:/.test(inner))) {
      return { kind: 'json', json: inner, prefixVersion };
    }
    return { kind: newer ? 'newer' : 'truncated' };
  }
  if (/^[A-Za-z0-9_-]*\.[0-9a-f]{0,7}$/.test(rest)) return { kind: newer ? 'newer' : 'truncated' };
  return { kind: newer ? 'newer' : 'damaged' };
}

/** Splits pasted text into codes: each starts at "WCMAI", whatever spaces or lines lie between. */
export function splitCodes(text: string): string[] {
  return text
    .split(/(?=WCMAI\d+\.)/)
    .map((part) => part.replace(/\s+/g, ''))
    .filter((part) => part.length > 0);
}
