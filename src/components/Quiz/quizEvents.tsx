/**
 * How a quiz reports what the learner does: one callback, one event per checked question and per
 * finished attempt. The progress store subscribes through this context; the quiz never touches storage.
 */
import { createContext, useContext } from 'react';
import type { AttemptSummary, GradeResult, QuizMode, Response } from '@site/src/quiz';

export type QuizEvent =
  | { kind: 'checked'; quizId: string; questionId: string; response: Response; grade: GradeResult }
  | { kind: 'finished'; quizId: string; attempt: number; mode: QuizMode; summary: AttemptSummary };

export const QuizEventsContext = createContext<(event: QuizEvent) => void>(() => undefined);

/** The callback of the nearest provider (without one, answers are simply not saved). */
export function useQuizEvents(): (event: QuizEvent) => void {
  return useContext(QuizEventsContext);
}
