/**
 * Finds quiz elements in the wrong place: an `<Option>` outside a `<Question>`, a `<Question>`
 * outside a `<Quiz>`, a `<Quiz>` inside another. MDX would render them anyway, as parts of no
 * quiz, so the build stops instead.
 */
import type { Nodes, Root } from 'mdast';
import { lineOf, type JsxElement } from './attributes';
import { quizError, type ErrorContext } from './errors';
import type { Scan } from './extracted';
import { elementName, isJsxElement, stringAttribute } from './nodes';
import { QUESTION, QUIZ, isChildName } from './vocabulary';

function isQuizElement(name: string): boolean {
  return name === QUIZ || name === QUESTION || isChildName(name);
}

function where(name: string, ancestors: readonly JsxElement[]): string {
  const parent = ancestors.at(-1);
  if (parent) return `<${name}> inside <${elementName(parent)}>`;
  return name === QUESTION ? `<${name}> outside any <Quiz>` : `<${name}> outside any <Question>`;
}

function advice(name: string, ancestors: readonly JsxElement[]): { expected: string; message: string } {
  const parentName = ancestors.at(-1) ? elementName(ancestors.at(-1) as JsxElement) : undefined;
  if (name === QUIZ) {
    return {
      expected: '<Quiz> outside any other quiz element',
      message: 'Close the first </Quiz> before starting another one.',
    };
  }
  if (name === QUESTION) {
    return parentName === QUESTION
      ? {
          expected: '<Question> directly inside <Quiz>',
          message: 'Close the first </Question> before starting the next one.',
        }
      : {
          expected: '<Question> directly inside <Quiz>',
          message: 'Wrap the questions in <Quiz id="…"> … </Quiz>.',
        };
  }
  return {
    expected: `<${name}> directly inside a <Question>`,
    message: `Move the <${name}> inside the <Question> it belongs to.`,
  };
}

function contextOf(file: string, ancestors: readonly JsxElement[]): ErrorContext {
  const context: ErrorContext = { file };
  const innermostFirst = [...ancestors].reverse();
  const quiz = innermostFirst.find((element) => elementName(element) === QUIZ);
  const question = innermostFirst.find((element) => elementName(element) === QUESTION);
  const quizId = quiz ? stringAttribute(quiz, 'id') : undefined;
  const questionId = question ? stringAttribute(question, 'id') : undefined;
  if (quizId !== undefined) context.quizId = quizId;
  if (questionId !== undefined) context.questionId = questionId;
  return context;
}

/** Reports every quiz element the extraction did not read as part of a quiz. */
export function reportMisplaced(scan: Scan, tree: Root): void {
  const visit = (node: Nodes, ancestors: JsxElement[]) => {
    let inner = ancestors;
    if (isJsxElement(node) && isQuizElement(elementName(node))) {
      const name = elementName(node);
      if (!scan.consumed.has(node)) {
        // Only the outermost misplaced element is reported; its own children would repeat the news.
        scan.errors.push(
          quizError(contextOf(scan.file, ancestors), {
            line: lineOf(node),
            field: `<${name}>`,
            found: where(name, ancestors),
            ...advice(name, ancestors),
          }),
        );
        return;
      }
      inner = [...ancestors, node];
    }
    if ('children' in node) for (const child of node.children) visit(child, inner);
  };
  visit(tree, []);
}
