/**
 * Turns a `<Question>`'s attributes into schema fields: checks the type, keeps attributes that
 * belong to other types out (zod would drop them without a word), and reads the two attributes
 * with their own syntax: `answer="true"|"false"` and `categories="A | B | C"`.
 */
import type { QuestionType } from '../../src/quiz/schema';
import type { AttributeValue } from './attributes';
import type { ErrorFacts } from './errors';
import { closestMatch } from './suggest';
import { QUESTION_TYPES, isQuestionType, questionAttributes, typesUsing } from './vocabulary';

function typeList(types: readonly string[]): string {
  return types.map((type) => `type="${type}"`).join(' or ');
}

function checkType(value: AttributeValue | undefined, line: number, report: (facts: ErrorFacts) => void) {
  if (isQuestionType(value)) return value;
  const found = value === undefined ? 'no type attribute' : `type="${String(value)}"`;
  const suggestion = typeof value === 'string' ? closestMatch(value, QUESTION_TYPES) : undefined;
  report({
    line,
    field: 'type',
    expected: `one of ${QUESTION_TYPES.join(', ')}`,
    found,
    message: suggestion
      ? `Did you mean type="${suggestion}"?`
      : 'Add type="single" (or another type) to the <Question>.',
  });
  return undefined;
}

function readAnswer(value: AttributeValue, line: number, report: (facts: ErrorFacts) => void) {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  report({
    line,
    field: 'answer',
    expected: '"true" or "false"',
    found: typeof value === 'string' ? `"${value}"` : String(value),
    message: 'Write answer="true" or answer="false": the answer must be one of the two choices.',
  });
  return undefined;
}

function readCategories(value: AttributeValue, line: number, report: (facts: ErrorFacts) => void) {
  if (typeof value === 'string') return value.split('|').map((name) => name.trim());
  report({
    line,
    field: 'categories',
    expected: 'category names separated by |',
    found: String(value),
    message: 'Write categories="Fact | Reported claim | Opinion".',
  });
  return undefined;
}

export interface QuestionAttributes {
  type: QuestionType | undefined;
  fields: Record<string, unknown>;
}

/** Checks and converts a question's attribute values; unusable ones are reported and left out. */
export function questionFields(
  values: Record<string, AttributeValue>,
  lines: Record<string, number>,
  questionLine: number,
  report: (facts: ErrorFacts) => void,
): QuestionAttributes {
  const type = checkType(values.type, lines.type ?? questionLine, report);
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const line = lines[name] ?? questionLine;
    if (type && !questionAttributes(type).includes(name)) {
      report({
        line,
        field: name,
        expected: `the attributes of a "${type}" question: ${questionAttributes(type).join(', ')}`,
        found: `"${name}"`,
        message: `"${name}" is only used by ${typeList(typesUsing(name))} questions; remove it or change the type.`,
      });
      continue;
    }
    const converted =
      name === 'answer'
        ? readAnswer(value, line, report)
        : name === 'categories'
          ? readCategories(value, line, report)
          : value;
    if (converted !== undefined) fields[name] = converted;
  }
  return { type, fields };
}
