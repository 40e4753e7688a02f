/**
 * How a quiz talks to the learner's progress: one callback for what the learner does (each checked
 * question, each finished attempt) and a lookup for answers saved earlier. The progress bridge in
 * src/theme/Root provides it; the quiz itself never touches storage.
 */
import { createContext, useContext } from 'react';
import type { AttemptSummary, GradeResult, QuizMode, Response } from '@site/src/quiz';

export type QuizEvent =
  | {
      kind: 'checked';
      quizId: string;
      questionId: string;
      response: Response;
      grade: GradeResult;
      hash: string;
    }
  | { kind: 'finished'; quizId: string; attempt: number; mode: QuizMode; summary: AttemptSummary };

export interface SavedAnswer {
  response: Response;
  /** The question's content hash when it was answered. */
  hash: string;
}

export interface QuizConnection {
  report: (event: QuizEvent) => void;
  /** The learner's saved answer to a question of this quiz, if any. */
  savedAnswer: (quizId: string, questionId: string) => SavedAnswer | null;
  /** True once saved progress has been read (never during server rendering or hydration). */
  ready: boolean;
  /**
   * The question's content hash as the course manifest has it (computed from the lesson source at
   * build time), so saved answers, exports and the manifest agree; undefined outside the course.
   */
  manifestHash?: (quizId: string, questionId: string) => string | undefined;
}

const UNCONNECTED: QuizConnection = { report: () => undefined, savedAnswer: () => null, ready: false };

export const QuizEventsContext = createContext<QuizConnection>(UNCONNECTED);

/** The nearest connection (without one, answers are simply not saved). */
export function useQuizConnection(): QuizConnection {
  return useContext(QuizEventsContext);
}
