/**
 * Splits a `<Question>`'s blocks into the prompt (everything that is not a child element) and its
 * child elements. `<Option>` lines with no blank line between them parse as one paragraph of
 * inline elements, so paragraphs made only of elements count as elements too.
 */
import type { QuestionType } from '../../src/quiz/schema';
import { lineOf, type JsxElement } from './attributes';
import type { ErrorFacts } from './errors';
import type { Scan } from './extracted';
import { elementName, isJsxElement, rendersNothing, sliceSource, standaloneElements } from './nodes';
import { closestMatch } from './suggest';
import { CHILD_NAMES, QUESTION, QUIZ, isChildName, questionChildren, type ChildName } from './vocabulary';

export interface Parts {
  prompt: { text: string; line: number }[];
  children: { name: ChildName; element: JsxElement }[];
}

export type Report = (facts: ErrorFacts) => void;

/** `['Option', 'Hint']` → `<Option>, <Hint>`. */
export function tagList(names: readonly string[]): string {
  return names.map((name) => `<${name}>`).join(', ');
}

/**
 * Sorts an element standing on its own line into the question's children, or reports it.
 * Returns true when it is prompt content instead (plain HTML such as `<details>`).
 */
function sortElement(
  element: JsxElement,
  type: QuestionType | undefined,
  parts: Parts,
  report: Report,
): boolean {
  const name = elementName(element);
  if (isChildName(name)) {
    parts.children.push({ name, element });
    return false;
  }
  // A nested Quiz or Question is left for the misplaced-element check, which names the nesting.
  if (name === QUIZ || name === QUESTION) return false;
  const suggestion = closestMatch(name, CHILD_NAMES);
  // A capitalised name is a component: on its own line inside <Question> it is most likely a
  // misspelt child, which would otherwise vanish from the quiz data without a word.
  if (suggestion === undefined && !/^[A-Z]/.test(name)) return true;
  report({
    line: lineOf(element),
    field: `<${name}>`,
    expected: `one of the elements of ${type ? `a "${type}" question` : 'a question'}: ${tagList(type ? questionChildren(type) : CHILD_NAMES)}`,
    found: `<${name}>`,
    message: suggestion
      ? `Did you mean <${suggestion}>?`
      : 'Remove it, or move it into the prompt text or the <Explanation>.',
  });
  return false;
}

/** Splits the question's blocks into prompt text and child elements, reporting unknown elements. */
export function collectParts(
  scan: Scan,
  question: JsxElement,
  type: QuestionType | undefined,
  report: Report,
): Parts {
  const parts: Parts = { prompt: [], children: [] };
  for (const node of question.children) {
    if (rendersNothing(node)) continue;
    const standalone = isJsxElement(node)
      ? [node]
      : node.type === 'paragraph'
        ? standaloneElements(node)
        : undefined;
    if (standalone) {
      const prompt = standalone.filter((element) => sortElement(element, type, parts, report));
      const first = prompt[0];
      const last = prompt.at(-1);
      if (first && last)
        parts.prompt.push({ text: sliceSource(scan.source, first, last), line: lineOf(first) });
      continue;
    }
    if (node.type === 'paragraph') {
      const inline = node.children.filter((child) => isJsxElement(child) && isChildName(elementName(child)));
      const prose = node.children.filter((child) => !inline.includes(child));
      const first = inline[0];
      if (first && isJsxElement(first)) {
        report({
          line: lineOf(first),
          field: 'prompt',
          expected: `a blank line between the prompt and <${elementName(first)}>`,
          found: `<${elementName(first)}> in the same paragraph as text`,
          message: `Leave a blank line after the prompt and put each <${elementName(first)}> on its own line.`,
        });
        for (const element of inline) if (isJsxElement(element)) sortElement(element, type, parts, report);
      }
      const firstProse = prose[0];
      const lastProse = prose.at(-1);
      if (firstProse && lastProse) {
        parts.prompt.push({
          text: sliceSource(scan.source, firstProse, lastProse),
          line: lineOf(firstProse),
        });
      }
      continue;
    }
    parts.prompt.push({ text: sliceSource(scan.source, node), line: lineOf(node) });
  }
  return parts;
}
