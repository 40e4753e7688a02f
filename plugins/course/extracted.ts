/** The shapes extraction produces: raw quiz objects (not yet validated) and their source lines. */
import type { QuizInput } from '../../src/quiz/schema';
import type { QuizError } from './errors';
import type { SourceLines } from './source-lines';
import type { QuestionField } from './vocabulary';

/** A question as written: keys of QuestionInput, values not yet checked (zod does that). */
export type RawQuestion = { [K in QuestionField]?: unknown };

/** A quiz as written, shaped like QuizInput, values not yet checked. */
export type RawQuiz = { [K in Exclude<keyof QuizInput, 'questions'>]?: unknown } & {
  questions: RawQuestion[];
};

export interface ExtractedQuiz {
  file: string;
  /** Line of the `<Quiz>` tag. */
  line: number;
  input: RawQuiz;
  /** Lines of the quiz's parts, keyed like zod issue paths (`questions.0.options.1`). */
  lines: SourceLines;
}

export interface Extraction {
  quizzes: ExtractedQuiz[];
  /** Syntax and structure errors found while reading; schema errors come later, in validate. */
  errors: QuizError[];
}

/** What a walk over one file shares: the text, where errors go, which elements were handled. */
export interface Scan {
  source: string;
  file: string;
  errors: QuizError[];
  /** Quiz elements read as part of a quiz; any other quiz element is misplaced. */
  consumed: Set<unknown>;
}
