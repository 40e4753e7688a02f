/**
 * The one shape every quiz problem takes, and how it is printed. Authors are not programmers:
 * each error names the file and line, the quiz and question, what was expected, what was found
 * and what to do, and never shows validator JSON (Astro #15976).
 */
import { countOf } from '../../src/text/plural';

export interface QuizError {
  /** Path relative to the site folder, e.g. `docs/unit-1-two-levers/01-dpa.mdx`. */
  file: string;
  line: number;
  quizId?: string;
  questionId?: string;
  /** Where in the quiz, relative to the question when there is one: `options[1].feedback`. */
  field: string;
  expected: string;
  found: string;
  /** What to do about it, as a sentence. */
  message: string;
}

/** The context an error is reported in; the field and the facts come with each report. */
export interface ErrorContext {
  file: string;
  quizId?: string;
  /** Index inside the quiz, used to name a question that has no usable id. */
  questionIndex?: number;
  questionId?: string;
}

export type ErrorFacts = Pick<QuizError, 'line' | 'field' | 'expected' | 'found' | 'message'>;

/** Builds a QuizError from where it happened and what is wrong. */
export function quizError(context: ErrorContext, facts: ErrorFacts): QuizError {
  const questionId =
    context.questionId ?? (context.questionIndex === undefined ? undefined : `#${context.questionIndex + 1}`);
  return {
    file: context.file,
    line: facts.line,
    ...(context.quizId === undefined ? {} : { quizId: context.quizId }),
    ...(questionId === undefined ? {} : { questionId }),
    field: facts.field,
    expected: facts.expected,
    found: facts.found,
    message: facts.message,
  };
}

function describeQuestion(questionId: string): string {
  // A question without a usable id is named by its position, which reads as "question #2".
  return questionId.startsWith('#') ? `question ${questionId}` : `question "${questionId}"`;
}

/**
 * What is wrong and what to do, without the place: `quiz "a" › question "b" › options: expected …,
 * found …. Fix.` The live editor shows exactly this beside the line number.
 */
export function describeQuizError(error: QuizError): string {
  const trail: string[] = [];
  if (error.quizId !== undefined) trail.push(`quiz "${error.quizId}"`);
  if (error.questionId !== undefined) trail.push(describeQuestion(error.questionId));
  trail.push(error.field);
  return `${trail.join(' › ')}: expected ${error.expected}, found ${error.found}. ${error.message}`;
}

/** One line per error: `docs/x.mdx:42  quiz "a" › question "b" › options: expected …, found …. Fix.` */
export function formatQuizError(error: QuizError): string {
  return `${error.file}:${error.line}  ${describeQuizError(error)}`;
}

/** Sorts errors by file, then line, keeping the order of errors on the same line. */
export function sortQuizErrors(errors: readonly QuizError[]): QuizError[] {
  return [...errors].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** The whole report, as thrown by the plugin: every error, then how many in how many files. */
export function formatQuizErrors(errors: readonly QuizError[]): string {
  const sorted = sortQuizErrors(errors);
  const files = new Set(sorted.map((error) => error.file)).size;
  const summary = `${countOf(sorted.length, 'error')} in ${countOf(files, 'file')}`;
  return [
    `[quiz] The quizzes in docs/ have ${summary}. Fix each one below, then build again.`,
    '',
    ...sorted.map(formatQuizError),
    '',
    `[quiz] ${summary}.`,
  ].join('\n');
}
