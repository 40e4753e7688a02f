import type { GradeResult, QuestionOf, QuestionType, ResponseOf } from '@site/src/quiz';
import type { QuestionNodes } from './readQuiz';

/** What every answer input gets: the question, its rendered pieces, the current answer and how to change it. */
export interface InputProps<T extends QuestionType> {
  question: QuestionOf<T>;
  nodes: QuestionNodes;
  response: ResponseOf<T> | null;
  /** The order to show choices or items in (authored indices), stable within an attempt. */
  order: number[];
  /** Checked or submitted: the answer can no longer change until the learner retries. */
  locked: boolean;
  grade: GradeResult | null;
  showCorrect: boolean;
  idBase: string;
  onAnswer: (response: ResponseOf<T>) => void;
}
