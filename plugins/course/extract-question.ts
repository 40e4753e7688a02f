/**
 * Reads one `<Question>`: its attributes, its prompt (every block that is not a child element)
 * and its child elements (Option, Item, Match, Statement, Answer, Hint, Explanation).
 */
import { lineOf, readAttributes, type JsxElement } from './attributes';
import { quizError, type ErrorContext } from './errors';
import type { RawQuestion, Scan } from './extracted';
import { innerMarkdown, stringAttribute } from './nodes';
import { questionFields } from './question-attributes';
import { fieldName, pathKey, type SourceLines } from './source-lines';
import { collectParts, tagList, type Report } from './question-parts';
import {
  ALL_QUESTION_ATTRIBUTES,
  CHILD_ELEMENTS,
  childAttributes,
  questionChildren,
  typesUsing,
  type ChildName,
  type ChildSpec,
} from './vocabulary';

/** Reads one child element into its field of `raw`, recording lines under `prefix`. */
function addChild(
  scan: Scan,
  child: { name: ChildName; element: JsxElement },
  raw: Record<string, unknown>,
  lines: SourceLines,
  prefix: readonly PropertyKey[],
  context: ErrorContext,
) {
  const spec: ChildSpec = CHILD_ELEMENTS[child.name];
  const line = lineOf(child.element);
  const existing = raw[spec.field];
  const list = Array.isArray(existing) ? existing : [];
  const path = spec.many ? [spec.field, list.length] : [spec.field];
  const field = fieldName(path);
  if (!spec.many && existing !== undefined) {
    scan.errors.push(
      quizError(context, {
        line,
        field,
        expected: `one <${child.name}>`,
        found: `a second <${child.name}>`,
        message: `Merge the two into one <${child.name}>.`,
      }),
    );
    return;
  }
  const childReport: Report = (facts) =>
    scan.errors.push(quizError(context, { ...facts, field: `${field}.${facts.field}` }));
  const attributes = readAttributes(child.element, childAttributes(child.name), childReport);
  const text = innerMarkdown(scan.source, child.element);
  const value = spec.textKey === undefined ? text : { [spec.textKey]: text, ...attributes.values };
  lines[pathKey([...prefix, ...path])] = line;
  for (const [name, attributeLine] of Object.entries(attributes.lines)) {
    lines[pathKey([...prefix, ...path, name])] = attributeLine;
  }
  raw[spec.field] = spec.many ? [...list, value] : value;
}

/** Extracts `<Question>` number `index` of a quiz, recording its lines under `questions.<index>`. */
export function extractQuestion(
  scan: Scan,
  element: JsxElement,
  index: number,
  quizContext: ErrorContext,
  lines: SourceLines,
): RawQuestion {
  const context: ErrorContext = { ...quizContext, questionIndex: index };
  const id = stringAttribute(element, 'id');
  if (id !== undefined) context.questionId = id;
  const report: Report = (facts) => scan.errors.push(quizError(context, facts));
  const prefix = ['questions', index] as const;
  const line = lineOf(element);
  lines[pathKey(prefix)] = line;

  const attributes = readAttributes(element, ALL_QUESTION_ATTRIBUTES, report);
  const { type, fields } = questionFields(attributes.values, attributes.lines, line, report);
  for (const [name, attributeLine] of Object.entries(attributes.lines)) {
    lines[pathKey([...prefix, name])] = attributeLine;
  }
  const raw: Record<string, unknown> = { ...fields };
  // Start each list the type needs empty, so "no options at all" reads as "found 0", not as a crash.
  for (const name of type ? questionChildren(type) : []) {
    const spec: ChildSpec = CHILD_ELEMENTS[name];
    if (spec.many) raw[spec.field] = [];
  }

  const parts = collectParts(scan, element, type, report);
  const firstPrompt = parts.prompt[0];
  if (firstPrompt) {
    raw.prompt = parts.prompt.map((part) => part.text).join('\n\n');
    lines[pathKey([...prefix, 'prompt'])] = firstPrompt.line;
  }
  for (const child of parts.children) {
    scan.consumed.add(child.element);
    if (type && !questionChildren(type).includes(child.name)) {
      const users = typesUsing(CHILD_ELEMENTS[child.name].field);
      report({
        line: lineOf(child.element),
        field: `<${child.name}>`,
        expected: `the elements of a "${type}" question: ${tagList(questionChildren(type))}`,
        found: `<${child.name}>`,
        message:
          type === 'truefalse'
            ? 'A true/false question has no options: write answer="true" or answer="false" on the <Question>.'
            : `<${child.name}> belongs to ${users.map((user) => `type="${user}"`).join(' or ')} questions; remove it or change the type.`,
      });
      continue;
    }
    addChild(scan, child, raw, lines, prefix, context);
  }
  return raw;
}
