/**
 * Matching typed answers. Learners type on phones, paste from documents and end with a full stop;
 * none of that should turn a right answer wrong. Inner punctuation is kept, because an author
 * may mean "U.S." and "US" as different answers and would list both if both are fine.
 */

// Apostrophe look-alikes: curly quotes, low-9, reversed, modifier letter, prime, backtick, acute.
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
// Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign.
const DASHES = /[\u2010-\u2015\u2212]/g;
// Zero-width space, soft hyphen and byte-order mark come along invisibly when text is pasted.
const INVISIBLES = /[\u200B\u00AD\uFEFF]/g;
// Quotes and brackets may wrap an answer; ¿ ¡ only lead it; sentence punctuation only trails it.
const LEADING = /^[\s"'«‹([{¿¡]+/u;
const TRAILING = /[\s"'»›)\]}.,;:!?]+$/u;

/** The form two answers are compared in: NFKC, lower case, plain quotes, no surrounding punctuation, single spaces. */
export function normalizeShortAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .replace(/\s+/g, ' ');
}

/** Index of the first accepted answer the text matches after normalizing both, or -1; blank text never matches. */
export function acceptedAnswerIndex(text: string, accepted: readonly string[]): number {
  const typed = normalizeShortAnswer(text);
  if (typed === '') return -1;
  return accepted.findIndex((answer) => normalizeShortAnswer(answer) === typed);
}

/** Whether the text matches any accepted answer after normalizing both; blank text never matches. */
export function matchesShortAnswer(text: string, accepted: readonly string[]): boolean {
  return acceptedAnswerIndex(text, accepted) !== -1;
}
