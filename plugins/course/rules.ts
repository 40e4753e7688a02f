/**
 * Rules the schema cannot express field by field: exactly one correct option, items that all
 * differ, a statement's category that must be one of the question's categories. They run on the
 * raw question even when zod found other problems, so an author sees every problem at once.
 */
import type { RawQuestion } from './extracted';
import type { SourcePath } from './source-lines';
import { closestMatch } from './suggest';

export interface RuleFinding {
  /** Field path relative to the question, e.g. `['options']`. */
  path: PropertyKey[];
  /** Where to point the author, when not at the field itself (e.g. the second correct option). */
  at?: PropertyKey[];
  expected: string;
  found: string;
  message: string;
}

type LineOf = (path: SourcePath) => number;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(entry: unknown, key: string): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
}

// Two entries that differ only in case or spacing read the same to a learner.
function sameText(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** One finding for each entry that repeats an earlier one. */
function repeats(entries: unknown[], key: string | undefined, name: string, what: string, lineOf: LineOf) {
  const read = (entry: unknown) => (key === undefined ? entry : field(entry, key));
  const seen = new Map<string, number>();
  const findings: RuleFinding[] = [];
  entries.forEach((entry, index) => {
    const text = sameText(read(entry));
    if (text === undefined) return;
    const first = seen.get(text);
    if (first === undefined) {
      seen.set(text, index);
      return;
    }
    findings.push({
      path: key === undefined ? [name, index] : [name, index, key],
      expected: `${what} that all differ`,
      found: `${JSON.stringify(read(entry))} again (first on line ${lineOf([name, first])})`,
      message: 'Reword or remove one of them.',
    });
  });
  return findings;
}

function correctCount(question: RawQuestion, lineOf: LineOf): RuleFinding[] {
  const options = list(question.options);
  if (options.length === 0) return [];
  const correct = options.flatMap((option, index) => (field(option, 'correct') === true ? [index] : []));
  const lines = correct.map((index) => lineOf(['options', index])).join(' and ');
  if (question.type === 'single' && correct.length !== 1) {
    return [
      {
        path: ['options'],
        ...(correct.length > 1 ? { at: ['options', correct[1] ?? 0] } : {}),
        expected: 'exactly one option marked correct',
        found: correct.length === 0 ? '0' : `${correct.length} (lines ${lines})`,
        message:
          correct.length === 0
            ? 'Add `correct` to the right <Option>.'
            : 'Keep `correct` on the one right answer, or use type="multiple" if several are right.',
      },
    ];
  }
  if (question.type === 'multiple' && correct.length === 0) {
    return [
      {
        path: ['options'],
        expected: 'at least one option marked correct',
        found: '0',
        message: 'Add `correct` to every right <Option>.',
      },
    ];
  }
  return [];
}

function statementCategories(question: RawQuestion): RuleFinding[] {
  const categories = list(question.categories).filter((name): name is string => typeof name === 'string');
  if (categories.length === 0) return [];
  return list(question.statements).flatMap((statement, index) => {
    const category = field(statement, 'category');
    if (typeof category !== 'string' || categories.includes(category)) return [];
    const suggestion = closestMatch(category, categories);
    return [
      {
        path: ['statements', index, 'category'],
        expected: `one of the categories ${categories.map((name) => JSON.stringify(name)).join(', ')}`,
        found: JSON.stringify(category),
        message: suggestion
          ? `Did you mean category="${suggestion}"?`
          : 'Use one of the names in the question’s categories="…" exactly, or add this one there.',
      },
    ];
  });
}

/** Every rule finding for one question (paths relative to the question). */
export function questionRuleFindings(question: RawQuestion, lineOf: LineOf): RuleFinding[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [
        ...correctCount(question, lineOf),
        ...repeats(list(question.options), 'text', 'options', 'options', lineOf),
      ];
    case 'ordering':
      return repeats(list(question.items), undefined, 'items', 'items', lineOf);
    case 'matching':
      return [
        ...repeats(list(question.pairs), 'term', 'pairs', 'terms', lineOf),
        ...repeats(list(question.pairs), 'match', 'pairs', 'matches', lineOf),
      ];
    case 'classify':
      return [
        ...repeats(list(question.categories), undefined, 'categories', 'categories', lineOf),
        ...repeats(list(question.statements), 'text', 'statements', 'statements', lineOf),
        ...statementCategories(question),
      ];
    default:
      return [];
  }
}
