/**
 * Test helper: how Moodle and Canvas decide that a typed answer is right, from their source.
 */
import { phpTrim, rubyStrip } from './imported';

/**
 * Moodle: question/type/shortanswer/question.php, qtype_shortanswer_question::compare_string_with_wildcard.
 * Both texts in Unicode form C; runs of unescaped `*` match anything, `\*` is a star; the typed
 * text is trimmed; the whole of it must match; case is ignored unless the question says otherwise.
 */
export function moodleShortAnswerMatches(typed: string, pattern: string, ignoreCase: boolean): boolean {
  const bits = pattern.normalize('NFC').split(/(?<!\\)\*+/);
  const escaped = bits.map((bit) => bit.replace(/\\\*/g, '*').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const regexp = new RegExp(`^${escaped.join('.*')}$`, ignoreCase ? 'iu' : 'u');
  return regexp.test(phpTrim(typed.normalize('NFC')));
}

/** A Moodle answer pattern as the text it stands for, `\*` being a star. */
export const moodleLiteralText = (pattern: string) => pattern.replace(/\\\*/g, '*');

/**
 * Canvas: app/models/quizzes/quiz_question/short_answer_question.rb, matching_answer. Both texts
 * stripped of surrounding white space and lower-cased, then compared whole; a blank answer never matches.
 */
export function canvasShortAnswerMatches(typed: string, answer: string): boolean {
  const valid = rubyStrip(answer).toLowerCase();
  return valid !== '' && rubyStrip(typed).toLowerCase() === valid;
}
