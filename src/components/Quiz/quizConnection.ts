/**
 * How a quiz reaches the learner's saved progress: it reads its quiz's record (the attempt on
 * screen and the finished attempts) and changes it through one `update`. The progress bridge in
 * src/theme/Root connects this to the progress store; a quiz without one (in a unit test, say)
 * keeps its attempt in memory. The quiz itself never touches storage.
 */
import { createContext, useContext, useState } from 'react';
import type { QuizRecord } from '@site/src/progress/schema';
import type { QuizChange } from '@site/src/progress/updates';

/** Computes a change from the record as it is now; null for none (the action was not allowed). */
export type QuizUpdate = (
  record: QuizRecord | undefined,
  at: number,
  newId: () => string,
) => QuizChange | null;

export interface QuizConnection {
  /** Calls the listener after every change; returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The quiz's record: the same object until it changes (for useSyncExternalStore). */
  record(quizId: string): QuizRecord | undefined;
  update(quizId: string, compute: QuizUpdate): void;
  /**
   * The question's content hash as the course manifest has it (computed from the lesson source at
   * build time), so saved answers, exports and the manifest agree; undefined outside the course.
   */
  manifestHash?: (quizId: string, questionId: string) => string | undefined;
}

export const QuizConnectionContext = createContext<QuizConnection | null>(null);

/** A connection that keeps records in memory only (nothing is saved). */
export function memoryQuizConnection(now: () => number = Date.now): QuizConnection {
  const records = new Map<string, QuizRecord>();
  const listeners = new Set<() => void>();
  let counter = 0;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    record: (quizId) => records.get(quizId),
    update(quizId, compute) {
      const before = records.get(quizId);
      const at = now();
      const change = compute(before, at, () => `m-${at.toString(36)}-${(counter++).toString(36)}`);
      if (!change) return;
      const attempts = before?.attempts ?? [];
      const finished = change.finished;
      const isNew = finished && !attempts.some((a) => a.id === finished.id);
      records.set(quizId, { attempts: isNew ? [...attempts, finished] : attempts, current: change.attempt });
      for (const listener of [...listeners]) listener();
    },
  };
}

/** The nearest connection, or one of this quiz's own that keeps its attempt in memory. */
export function useQuizConnection(): QuizConnection {
  const provided = useContext(QuizConnectionContext);
  const [own] = useState(() => (provided ? null : memoryQuizConnection()));
  return provided ?? own!;
}
