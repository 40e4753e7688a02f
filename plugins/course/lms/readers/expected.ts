/**
 * Test helper: what each site question should become in each LMS, and a comparison that lists
 * every difference between that and what a reader of the export found. Types and right answers
 * come from the site's own question (src/quiz/schema.ts), not from the exporter's conversion.
 */
import type { Question } from '../../../../src/quiz/schema';
import { matchesShortAnswer } from '../../../../src/quiz/shortAnswer';
import { toBankQuestion } from '../bank';
import { markdownToPlainText } from '../markup';
import { squash, type ImportedChoice, type ImportedKind, type ImportedQuestion } from './imported';

export type LmsFormat = 'gift' | 'moodleXml' | 'canvas';

export interface ExpectedQuestion extends Omit<ImportedQuestion, 'accepted' | 'accepts'> {
  /** The site's accepted answers, for short answers. */
  siteAnswers?: string[];
}

const plain = (markdown: string) => squash(markdownToPlainText(markdown));

function choices(question: Extract<Question, { type: 'single' | 'multiple' }>, format: LmsFormat) {
  const right = question.options.filter((option) => option.correct).length;
  // The site's rule for multiple answers, +1/R per right tick and -1/R per wrong one, travels to
  // Moodle; Canvas keeps only which answers are right and applies its own rule.
  const credit = (correct: boolean) =>
    question.type === 'single' || format === 'canvas' ? (correct ? 1 : 0) : (correct ? 1 : -1) / right;
  return question.options.map((option): ImportedChoice => ({
    text: plain(option.text),
    credit: credit(option.correct),
    feedback: option.feedback === undefined ? '' : plain(option.feedback),
  }));
}

function answerPart(
  question: Question,
  format: LmsFormat,
): Partial<ExpectedQuestion> & { kind: ImportedKind } {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { kind: question.type, choices: choices(question, format) };
    case 'truefalse':
      return { kind: 'truefalse', answer: question.answer };
    case 'matching':
      return {
        kind: 'matching',
        pairs: question.pairs.map((pair) => ({ term: plain(pair.term), match: plain(pair.match) })),
        extraMatches: [],
      };
    case 'classify': {
      const used = new Set(question.statements.map((statement) => statement.category));
      return {
        kind: 'matching',
        pairs: question.statements.map((statement) => ({
          term: plain(statement.text),
          match: plain(statement.category),
        })),
        extraMatches: question.categories.filter((category) => !used.has(category)).map(plain),
      };
    }
    case 'ordering':
      return format === 'moodleXml'
        ? { kind: 'ordering', items: question.items.map(plain) }
        : {
            kind: 'matching',
            pairs: question.items.map((item, index) => ({ term: plain(item), match: String(index + 1) })),
            extraMatches: [],
          };
    case 'short': {
      // GIFT cannot write "->" in a typed answer (the guide says so): those answers stay out.
      const answers = question.answers.map(plain);
      const writable = answers.filter((answer) => format !== 'gift' || !answer.includes('->'));
      return { kind: 'short', siteAnswers: writable.length > 0 ? writable : answers };
    }
  }
}

/** The question as the LMS should hold it after importing the given format. */
export function expectedImport(question: Question, format: LmsFormat): ExpectedQuestion {
  const bank = toBankQuestion(question);
  // Moodle's ordering type explains itself; the other forms carry the sentence saying how to answer.
  const prompt = format === 'moodleXml' && question.type === 'ordering' ? question.prompt : bank.prompt;
  return {
    name: question.id,
    ...(format === 'canvas' ? {} : { idnumber: question.id }),
    text: plain(prompt),
    generalFeedback: plain(bank.explanation),
    ...(format === 'gift' ? {} : { points: question.points }),
    ...answerPart(question, format),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameCredit = (a: ImportedChoice[], b: ImportedChoice[]) =>
  a.length === b.length &&
  a.every((choice, index) => Math.abs(choice.credit - (b[index]?.credit ?? NaN)) < 1e-4);
const withoutCredit = (list: ImportedChoice[] | undefined) =>
  list?.map(({ text, feedback }) => ({ text, feedback }));

/** A site answer as written, without its final full stop, and, if it ends in a letter or digit, with one. */
export const everydayForms = (answer: string) => {
  const bare = answer.replace(/\.$/, '');
  return [...new Set([answer, bare, ...(/[\p{L}\p{N}]$/u.test(bare) ? [`${bare}.`] : [])])];
};

function shortAnswerMismatches(expected: ExpectedQuestion, imported: ImportedQuestion): string[] {
  const out: string[] = [];
  const site = expected.siteAnswers ?? [];
  for (const form of site.flatMap(everydayForms)) {
    if (!imported.accepts?.(form)) out.push(`"${form}" is right on the site but wrong in the LMS`);
  }
  for (const answer of imported.accepted ?? []) {
    if (!matchesShortAnswer(answer, site)) out.push(`"${answer}" is right in the LMS but wrong on the site`);
  }
  // Nothing wider than the site: not a stray answer, not a star read as "any text".
  const wrong = [
    'not the answer',
    ...site.filter((answer) => answer.includes('*')).map((answer) => answer.replace(/\*/g, 'xyz')),
  ];
  for (const typed of wrong.filter((text) => !matchesShortAnswer(text, site))) {
    if (imported.accepts?.(typed)) out.push(`"${typed}" is wrong on the site but right in the LMS`);
  }
  return out;
}

/** Every difference between what should have arrived and what did; empty when they agree. */
export function importMismatches(
  expected: ExpectedQuestion,
  imported: ImportedQuestion | undefined,
): string[] {
  if (!imported) return ['missing'];
  const out: string[] = [];
  const check = (field: keyof ExpectedQuestion, ok: boolean) => {
    if (!ok)
      out.push(
        `${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(imported[field as keyof ImportedQuestion])}`,
      );
  };
  for (const field of [
    'kind',
    'name',
    'idnumber',
    'text',
    'generalFeedback',
    'points',
    'answer',
    'pairs',
    'items',
  ] as const) {
    check(field, same(expected[field], imported[field]));
  }
  check('choices', same(withoutCredit(expected.choices), withoutCredit(imported.choices)));
  check('choices', sameCredit(expected.choices ?? [], imported.choices ?? []));
  check(
    'extraMatches',
    same([...(expected.extraMatches ?? [])].sort(), [...(imported.extraMatches ?? [])].sort()),
  );
  if (expected.kind === 'short') out.push(...shortAnswerMismatches(expected, imported));
  return out;
}
