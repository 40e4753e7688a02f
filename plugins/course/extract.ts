/**
 * Reads every `<Quiz>` out of a lesson's MDX into raw objects shaped like the schema's QuizInput
 * (text fields hold the author's Markdown, sliced from the source), plus the line of every quiz,
 * question, attribute and child element, so validation can point at the exact line.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { lineOf, readAttributes, type JsxElement } from './attributes';
import { quizError, type ErrorContext, type ErrorFacts } from './errors';
import type { ExtractedQuiz, Extraction, RawQuestion, Scan } from './extracted';
import { extractQuestion } from './extract-question';
import { parseLesson, type MarkdownFormat } from './mdx';
import { reportMisplaced } from './misplaced';
import {
  blockElements,
  describeNode,
  elementName,
  isJsxElement,
  rendersNothing,
  stringAttribute,
} from './nodes';
import type { SourceLines } from './source-lines';
import { closestMatch } from './suggest';
import { QUESTION, QUIZ, QUIZ_ATTRIBUTES, isChildName } from './vocabulary';

export type { ExtractedQuiz, Extraction, RawQuestion, RawQuiz } from './extracted';

function outsideQuestion(node: RootContent, report: (facts: ErrorFacts) => void): void {
  if (rendersNothing(node)) return;
  const elements = blockElements(node);
  for (const element of elements ?? []) {
    const name = elementName(element);
    // Misplaced quiz elements are reported by reportMisplaced, with their nesting.
    if (name === QUESTION || name === QUIZ || isChildName(name)) continue;
    const suggestion = closestMatch(name, [QUESTION]);
    report({
      line: lineOf(element),
      field: `<${name}>`,
      expected: 'only <Question> elements inside <Quiz>',
      found: `<${name}>`,
      message: suggestion ? `Did you mean <${suggestion}>?` : 'Move it above or below the <Quiz>.',
    });
  }
  if (elements) return;
  report({
    line: lineOf(node),
    field: 'content',
    expected: 'only <Question> elements inside <Quiz>',
    found: describeNode(node),
    message: 'Move this above the <Quiz>, or into the prompt of a <Question>.',
  });
}

function extractQuiz(scan: Scan, element: JsxElement): ExtractedQuiz {
  const context: ErrorContext = { file: scan.file };
  const quizId = stringAttribute(element, 'id');
  if (quizId !== undefined) context.quizId = quizId;
  const report = (facts: ErrorFacts) => scan.errors.push(quizError(context, facts));
  const line = lineOf(element);
  const lines: SourceLines = { '': line };
  const attributes = readAttributes(element, QUIZ_ATTRIBUTES, report);
  Object.assign(lines, attributes.lines);
  lines.questions = line;
  const questions: RawQuestion[] = [];
  for (const node of element.children) {
    const elements = blockElements(node);
    const questionElements = elements?.filter((child) => elementName(child) === QUESTION) ?? [];
    for (const question of questionElements) {
      scan.consumed.add(question);
      questions.push(extractQuestion(scan, question, questions.length, context, lines));
    }
    if (questionElements.length === 0 || (elements && elements.length > questionElements.length)) {
      outsideQuestion(node, report);
    }
  }
  return { file: scan.file, line, input: { ...attributes.values, questions }, lines };
}

function findQuizzes(scan: Scan, tree: Root): ExtractedQuiz[] {
  const quizzes: ExtractedQuiz[] = [];
  const visit = (node: Nodes) => {
    if (isJsxElement(node) && elementName(node) === QUIZ) {
      scan.consumed.add(node);
      quizzes.push(extractQuiz(scan, node));
      return; // a quiz inside a quiz is reported by reportMisplaced
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return quizzes;
}

/** Quizzes are components; in a file read as plain Markdown they would show up as raw HTML. */
function reportQuizInMarkdown(scan: Scan, tree: Root): void {
  const visit = (node: Nodes) => {
    if (node.type === 'html' && /<Quiz\b/.test(node.value)) {
      scan.errors.push(
        quizError(
          { file: scan.file },
          {
            line: lineOf(node),
            field: '<Quiz>',
            expected: 'quizzes in an MDX file',
            found: 'a <Quiz> in a file read as plain Markdown',
            message: 'Rename the file to .mdx (or remove format: md from its front matter).',
          },
        ),
      );
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

/** Extracts every quiz in one lesson; `file` is the path shown in errors (relative to the site). */
export function extractQuizzes(source: string, file: string, format: MarkdownFormat = 'mdx'): Extraction {
  const scan: Scan = { source, file, errors: [], consumed: new Set() };
  const parsed = parseLesson(source, format);
  if (!parsed.ok) {
    const error = quizError(
      { file },
      {
        line: parsed.line,
        field: 'MDX',
        expected: 'valid MDX',
        found: `a syntax error: ${parsed.reason}`,
        message:
          'Fix the syntax at that line (an unclosed tag, or a { < > character in prose: write &lt; &gt;).',
      },
    );
    return { quizzes: [], errors: [error] };
  }
  if (format === 'md') {
    reportQuizInMarkdown(scan, parsed.tree);
    return { quizzes: [], errors: scan.errors };
  }
  const quizzes = findQuizzes(scan, parsed.tree);
  reportMisplaced(scan, parsed.tree);
  return { quizzes, errors: scan.errors };
}
