// cspell:words truefalse
/**
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format). Text is written in Moodle's HTML format
 * (`[html]` once at the start of each question; answers and feedback inherit it) with HTML this
 * module builds itself, because GIFT's `[markdown]` would hand the author's MDX (JSX tags, MDX
 * escapes) to a different Markdown dialect. Drop-down matches and typed answers are stored by
 * Moodle as plain text, so those are written plain.
 *
 * What GIFT cannot say, and what happens instead: points (Moodle gives every question a default
 * mark of 1), hints, shuffling, ordering and classify questions (written as matching: see bank.ts).
 */
import { toBankQuestion, type BankQuestion, type BankQuiz, type QuestionBank } from './bank';
import { escapeGift, markdownToGiftHtml, markdownToGiftPlain, type MarkupOptions } from './markup';
import { lmsAcceptedAnswers, moodleLiteral } from './shortAnswers';

/** Moodle's own grade list rounds to five decimals (33.33333), so a share is written the same way. */
export function giftPercent(share: number): string {
  return String(Math.round(share * 100 * 100000) / 100000);
}

function feedback(text: string | undefined, options: MarkupOptions): string {
  return text === undefined ? '' : `#${markdownToGiftHtml(text, { ...options, inline: true })}`;
}

function answerLines(question: BankQuestion, options: MarkupOptions): string[] {
  const inline = (text: string) => markdownToGiftHtml(text, { ...options, inline: true });
  switch (question.kind) {
    case 'choice': {
      if (!question.multiple) {
        return question.options.map(
          (option) =>
            `${option.correct ? '=' : '~'}${inline(option.text)}${feedback(option.feedback, options)}`,
        );
      }
      // The site's rule: each right tick earns 1/R of the marks, each wrong tick takes 1/R away,
      // never below zero. Moodle adds up the weights of the ticked answers and clamps to 0…1: the same.
      const rightCount = question.options.filter((option) => option.correct).length;
      const share = giftPercent(1 / Math.max(1, rightCount));
      return question.options.map(
        (option) =>
          `~%${option.correct ? '' : '-'}${share}%${inline(option.text)}${feedback(option.feedback, options)}`,
      );
    }
    case 'truefalse':
      return [question.answer ? 'TRUE' : 'FALSE'];
    case 'matching':
      return [
        ...question.pairs.map((pair) => `=${inline(pair.term)} -> ${markdownToGiftPlain(pair.match)}`),
        // A pair with no question is a distractor: one more choice in every drop-down.
        ...question.distractors.map((match) => `= -> ${markdownToGiftPlain(match)}`),
      ];
    case 'short':
      return typedAnswers(lmsAcceptedAnswers(question.answers)).map((text) =>
        // A typed answer that starts with % would be read as a weight, so give it an explicit one.
        text.startsWith('%') ? `=%100%${text}` : `=${text}`,
      );
  }
}

/**
 * Plain typed answers as GIFT text, `*` kept literal. Moodle takes any answer block holding both `=`
 * and `->` for a matching question, and `->` has no escape, so answers containing it are left out
 * (the Moodle XML file keeps them); if that would leave none, the arrow is written as → instead.
 */
export function typedAnswers(answers: readonly string[]): string[] {
  const texts = answers.map((text) => escapeGift(moodleLiteral(text)));
  const safe = texts.filter((text) => !text.includes('->'));
  return safe.length > 0 ? safe : texts.map((text) => text.replace(/->/g, '→'));
}

/**
 * One question: `// [id:…]` (Moodle reads it as the ID number: qformat_gift::extract_idnumber_and_tags_from_comment), then
 * `::id::[html]prompt{ answers ####explanation }`, with no blank line inside.
 */
export function questionToGift(question: BankQuestion, options: MarkupOptions = {}): string {
  const lines = [
    `// [id:${question.id.replace(/]/g, '\\]')}]`,
    `::${escapeGift(question.id)}::[html]${markdownToGiftHtml(question.prompt, options)}{`,
    ...answerLines(question, options).map((line) => `\t${line}`),
    `\t####${markdownToGiftHtml(question.explanation, options)}`,
    '}',
  ];
  return lines.join('\n');
}

/** Moodle splits category paths on `/` and reads the line raw, so names lose slashes, backslashes and breaks. */
function categoryName(name: string): string {
  return name.replace(/[/\\]/g, '-').replace(/\s+/g, ' ').trim() || '-';
}

/** A `$CATEGORY:` line: with "Get category from file" ticked, Moodle files the questions under this path. */
export function giftCategory(...path: string[]): string {
  return `$CATEGORY: ${path.map(categoryName).join('/')}`;
}

function quizBlocks(courseTitle: string, quiz: BankQuiz, options: MarkupOptions): string[] {
  return [
    `// Quiz "${categoryName(quiz.title)}" (${quiz.id}): ${quiz.questions.length} questions`,
    giftCategory(courseTitle, quiz.unit, quiz.title),
    ...quiz.questions.map((question) => questionToGift(question, options)),
  ];
}

const HEADER = [
  '// Generated from the course site; edit the lessons, not this file.',
  '// Import into Moodle: Question bank > Import > GIFT format.',
];

/** One quiz as a GIFT file, filed under course/unit/quiz. */
export function quizToGift(courseTitle: string, quiz: BankQuiz, options: MarkupOptions = {}): string {
  return `${[HEADER.join('\n'), ...quizBlocks(courseTitle, quiz, options)].join('\n\n')}\n`;
}

/** The whole course as one GIFT file: one category per quiz. */
export function courseToGift(bank: QuestionBank, options: MarkupOptions = {}): string {
  const blocks = bank.quizzes.flatMap((quiz) => quizBlocks(bank.title, quiz, options));
  return `${[HEADER.join('\n'), ...blocks].join('\n\n')}\n`;
}

export { toBankQuestion };
