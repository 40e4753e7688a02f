/**
 * A learner's response as a short JSON value, for suspend_data, where SCORM 1.2 allows 4,096
 * characters for the whole package. The question's type comes from the course manifest, so it is
 * never stored: a single choice is its index, true/false 1 or 0, a multiple choice a bit mask, an
 * ordering, matching or classify answer one base-36 digit per item ('-' for an item left empty),
 * and a typed answer its text, cut to `shortCap` characters with '…' added, so that a cut answer can
 * never be graded right.
 */
import type { Response } from '@site/src/quiz';

export type QuestionType = Response['type'];
export type ResponseCode = number | string;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const MAX_ITEMS = DIGITS.length;

function digits(values: readonly (number | null)[]): string {
  return values.map((value) => (value === null ? '-' : (DIGITS[value] ?? '-'))).join('');
}

function fromDigits(code: string): (number | null)[] {
  return [...code]
    .map((char) => (char === '-' ? null : DIGITS.indexOf(char)))
    .map((v) => (v === -1 ? null : v));
}

/** The code for a response, or null when it cannot be written compactly (then it is not kept). */
export function encodeResponse(response: Response, shortCap: number): ResponseCode | null {
  switch (response.type) {
    case 'single':
      return response.choice;
    case 'truefalse':
      return response.value ? 1 : 0;
    case 'multiple':
      if (response.choices.some((choice) => choice > 30)) return null;
      return response.choices.reduce((mask, choice) => mask | (1 << choice), 0);
    case 'ordering':
      return response.order.some((item) => item >= MAX_ITEMS) ? null : digits(response.order);
    case 'matching':
      return response.matches.some((m) => m !== null && m >= MAX_ITEMS) ? null : digits(response.matches);
    case 'classify':
      return response.categories.some((c) => c !== null && c >= MAX_ITEMS)
        ? null
        : digits(response.categories);
    case 'short':
      return response.text.length > shortCap ? `${response.text.slice(0, shortCap)}…` : response.text;
  }
}

/** The response a code stands for, given the question's type; null when the code does not fit it. */
export function decodeResponse(type: QuestionType, code: unknown): Response | null {
  const index = typeof code === 'number' && Number.isInteger(code) && code >= 0 ? code : null;
  const text = typeof code === 'string' ? code : null;
  switch (type) {
    case 'single':
      return index === null ? null : { type, choice: index };
    case 'truefalse':
      return index === 0 || index === 1 ? { type, value: index === 1 } : null;
    case 'multiple': {
      if (index === null || index >= 2 ** 31) return null;
      const choices = [...Array(31).keys()].filter((bit) => (index & (1 << bit)) !== 0);
      return { type, choices };
    }
    case 'ordering': {
      const order = text === null ? null : fromDigits(text);
      return order && order.every((item) => item !== null) ? { type, order: order as number[] } : null;
    }
    case 'matching':
      return text === null ? null : { type, matches: fromDigits(text) };
    case 'classify':
      return text === null ? null : { type, categories: fromDigits(text) };
    case 'short':
      return text === null || text.length > 500 ? null : { type, text };
  }
}
