/**
 * Test helper: a GIFT file read by an independent parser, gift-pegjs, and turned into what Moodle
 * stores, by the rules of question/format/gift/format.php (qformat_gift::readquestion).
 */
import { parse, type GIFTQuestion, type TextChoice } from 'gift-pegjs';
import { htmlToText, squash, type ImportedQuestion } from './imported';
import { moodleLiteralText, moodleShortAnswerMatches } from './lmsGrading';

export interface GiftImport {
  categories: string[];
  questions: ImportedQuestion[];
}

/**
 * qformat_gift::escapedchar_post, which Moodle applies to a matching answer. gift-pegjs 1.0.2 leaves
 * its own copies of Moodle's placeholders in plain text (its PlainText rule), so they are undone here.
 */
const PLACEHOLDERS: Record<string, string> = {
  '&&092;': '\\',
  '&&058;': ':',
  '&&035;': '#',
  '&&061;': '=',
  '&&123;': '{',
  '&&125;': '}',
  '&&126;': '~',
  '&&010': '\n',
};
const escapedCharPost = (text: string) =>
  text.replace(/&&0(?:92|58|35|61);|&&12[356];|&&010/g, (code) => PLACEHOLDERS[code] ?? code);

/** readquestion: `=` is full marks, `%n%` is n per cent, anything else nothing. */
const credit = (choice: TextChoice) =>
  choice.weight === null ? (choice.isCorrect ? 1 : 0) : choice.weight / 100;

function body(question: GIFTQuestion): Omit<ImportedQuestion, 'name' | 'text' | 'generalFeedback'> {
  switch (question.type) {
    case 'MC':
      return {
        // A multichoice question allows one answer when its answer block holds an unescaped `=`.
        kind: question.choices.some((choice) => choice.isCorrect && choice.weight === null)
          ? 'single'
          : 'multiple',
        choices: question.choices.map((choice) => ({
          text: htmlToText(choice.text.text),
          credit: credit(choice),
          feedback: choice.feedback ? htmlToText(choice.feedback.text) : '',
        })),
      };
    case 'TF':
      return { kind: 'truefalse', answer: question.isTrue };
    case 'Short': {
      // Typed answers are stored as plain text; GIFT questions compare without regard to case.
      const right = question.choices
        .filter((choice) => credit(choice) === 1)
        .map((choice) => choice.text.text);
      return {
        kind: 'short',
        accepted: right.map(moodleLiteralText),
        accepts: (typed) => right.some((pattern) => moodleShortAnswerMatches(typed, pattern, true)),
      };
    }
    case 'Matching': {
      // A pair with no question only adds its answer to every drop-down.
      const all = question.matchPairs.map((pair) => ({
        term: htmlToText(pair.subquestion.text),
        match: squash(escapedCharPost(pair.subanswer)),
      }));
      const pairs = all.filter((pair) => pair.term !== '');
      const used = new Set(pairs.map((pair) => pair.match));
      return {
        kind: 'matching',
        pairs,
        extraMatches: [...new Set(all.map((pair) => pair.match))].filter((match) => !used.has(match)),
      };
    }
    default:
      throw new Error(`the export never writes a GIFT ${question.type} question`);
  }
}

/** Every category line and question of a GIFT file. */
export function readGiftWithPegjs(source: string): GiftImport {
  const result: GiftImport = { categories: [], questions: [] };
  for (const question of parse(source)) {
    if (question.type === 'Category') {
      result.categories.push(question.title);
      continue;
    }
    if (question.type === 'Description')
      throw new Error(`a question lost its answers: ${question.title ?? ''}`);
    result.questions.push({
      name: question.title ?? '',
      ...(question.id ? { idnumber: question.id } : {}),
      text: htmlToText(question.stem.text),
      generalFeedback: question.globalFeedback ? htmlToText(question.globalFeedback.text) : '',
      ...body(question),
    });
  }
  return result;
}
