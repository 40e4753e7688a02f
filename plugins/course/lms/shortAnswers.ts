/**
 * The typed answers an LMS is told to accept. The site forgives punctuation around an answer
 * (src/quiz/shortAnswer.ts: "Title III." is right); Moodle and Canvas compare the whole text,
 * ignoring only capital letters and the spaces around it. So each accepted answer is exported as
 * written and without the punctuation around it, each with and without a final full stop, the
 * forms learners type most. Other punctuation the site forgives (quotes, "?", curly apostrophes)
 * is named in the guide.
 */
import { normalizeShortAnswer } from '../../../src/quiz/shortAnswer';
import { markdownToPlainText } from './markup';

// What the site strips around an answer (its LEADING and TRAILING), with the curly quotes it maps first.
const LEADING = /^[\s"'\u2018-\u201F«‹([{¿¡]+/u;
const TRAILING = /[\s"'\u2018-\u201F»›)\]}.,;:!?]+$/u;

/**
 * The accepted answers as plain text, then the variants above. Only forms the site accepts as the
 * same answer are kept (an answer that is all punctuation matches nothing on the site, so it goes),
 * and no two differ only in case.
 */
export function lmsAcceptedAnswers(answers: readonly string[]): string[] {
  const withStop = (text: string) => (/[\p{L}\p{N}]$/u.test(text) ? [text, `${text}.`] : [text]);
  const texts = answers.map(markdownToPlainText);
  // The answers as written come first, so a teacher reads the author's list before the variants.
  const forms = [
    ...texts.map((text) => [text, text] as const),
    ...texts.flatMap((text) => {
      const core = text.replace(LEADING, '').replace(TRAILING, '');
      return [...withStop(text), ...withStop(core)].map((form) => [text, form] as const);
    }),
  ];
  const out = new Map<string, string>();
  for (const [text, form] of forms) {
    const site = normalizeShortAnswer(text);
    const key = form.toLowerCase();
    if (site !== '' && normalizeShortAnswer(form) === site && !out.has(key)) out.set(key, form);
  }
  return [...out.values()];
}

/** Moodle reads `*` in a short answer as "any text" (qtype_shortanswer::compare_string_with_wildcard); `\*` is a star. */
export const moodleLiteral = (answer: string) => answer.replace(/\*/g, '\\*');
