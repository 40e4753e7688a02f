/**
 * A remark plugin that marks each `<Quiz>` of a lesson that passes validation with
 * `checkedAtBuild`. The browser then only fills in the quiz's defaults, so lesson pages never load
 * or build the quiz schemas (bench/REPORT.md: a measurable part of a slow phone's start-up).
 *
 * A quiz with a mistake is left unmarked and the browser validates it, so under `npm start` the
 * author sees what is wrong on the page while `docusaurus build` still fails on it.
 */
import type { Nodes, Root } from 'mdast';
import type { JsxElement } from './attributes';
import { elementName, isJsxElement, stringAttribute } from './nodes';
import { validateLesson } from './validate';
import { QUIZ } from './vocabulary';

/** The prop the Quiz component reads (src/components/Quiz/readQuiz.ts). */
export const CHECKED_AT_BUILD = 'checkedAtBuild';

function quizElements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  const visit = (node: Nodes) => {
    if (isJsxElement(node) && elementName(node) === QUIZ) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** Ids of the lesson's quizzes that have no error at all; none if the lesson has an error outside a quiz. */
function validQuizIds(source: string, file: string): Set<string> {
  const { quizzes, errors } = validateLesson(source, file);
  if (errors.some((error) => error.quizId === undefined)) return new Set();
  const wrong = new Set(errors.map((error) => error.quizId));
  return new Set(quizzes.map(({ quiz }) => quiz.id).filter((id) => !wrong.has(id)));
}

export default function remarkCheckedQuizzes() {
  return (tree: Root, file: { value: unknown; path?: string }) => {
    const quizzes = quizElements(tree);
    if (quizzes.length === 0) return;
    const valid = validQuizIds(String(file.value), file.path ?? 'lesson.mdx');
    for (const quiz of quizzes) {
      // Only the build decides: a hand-written mark would skip validation in the browser.
      quiz.attributes = quiz.attributes.filter(
        (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === CHECKED_AT_BUILD),
      );
      const id = stringAttribute(quiz, 'id');
      if (id !== undefined && valid.has(id)) {
        quiz.attributes.push({ type: 'mdxJsxAttribute', name: CHECKED_AT_BUILD, value: null });
      }
    }
  };
}
