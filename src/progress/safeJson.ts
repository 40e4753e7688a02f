/**
 * JSON parsing for untrusted text (localStorage and imported files). A scan without recursion
 * runs first, so a 10,000-deep array is refused before JSON.parse could overflow the stack, and a
 * file cut off mid-way is told apart from one that was never JSON.
 */
import { FORBIDDEN_KEYS } from './schema';

/** Progress is at most six levels deep; 32 leaves room without allowing abuse. */
export const MAX_JSON_DEPTH = 32;

export type JsonProblem = 'empty' | 'not-json' | 'too-deep' | 'truncated' | 'invalid';
export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

function scan(text: string): JsonProblem | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > MAX_JSON_DEPTH) return 'too-deep';
    } else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0 ? 'truncated' : null;
}

// The reviver deletes these keys wherever they appear, so no parsed object carries them onward
// (JSON.parse alone would keep "__proto__" as an own property that a later spread could misuse).
function dropForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/** Parses JSON text that must hold an object or array; never throws. A leading BOM is ignored. */
export function parseJsonSafely(text: string): SafeJsonResult {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { ok: false, problem: 'empty' };
  if (body[0] !== '{' && body[0] !== '[') return { ok: false, problem: 'not-json' };
  const problem = scan(body);
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, value: JSON.parse(body, dropForbiddenKeys) };
  } catch {
    // SyntaxError, or a RangeError the scan should already have prevented.
    return { ok: false, problem: 'invalid' };
  }
}
