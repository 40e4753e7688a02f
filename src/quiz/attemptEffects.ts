/**
 * What a change to an attempt means for the learner's record: the answers newly graded (a Check in
 * practice, every answered question on Finish) become their latest answers, and a newly finished
 * attempt becomes one recorded attempt, under the attempt's own id, so it can be recorded only once.
 */
import {
  answerEntry,
  applyAttemptAction,
  blankAttempt,
  liveResponse,
  type AttemptAction,
  type AttemptContext,
  type QuizAttempt,
} from './attempt';
import { gradeQuestion } from './grade';
import type { Question, Quiz, QuizMode, Response } from './schema';
import { summarizeAttempt } from './summary';

export interface GradedAnswer {
  questionId: string;
  response: Response;
  grade: { fraction: number; correct: boolean };
  hash: string;
  at: number;
}

export interface FinishedAttempt {
  id: string;
  startedAt: number;
  finishedAt: number;
  mode: QuizMode;
  earned: number;
  possible: number;
  percent: number;
  passMark: number;
  passed: boolean;
}

export interface AttemptEffects {
  answers: GradedAnswer[];
  finished: FinishedAttempt | null;
}

/** The record changes between two versions of an attempt (before → after one action); pure. */
export function attemptEffects(
  quiz: Quiz,
  before: QuizAttempt,
  after: QuizAttempt,
  hashOf: (question: Question) => string,
  passMark: number = quiz.passMark,
): AttemptEffects {
  const justFinished = after.finishedAt !== undefined && before.finishedAt === undefined;
  const sameAttempt = before.id === after.id || before.id === '';
  const answers: GradedAnswer[] = [];
  for (const question of quiz.questions) {
    const entry = answerEntry(after, question.id);
    const hash = hashOf(question);
    const response = liveResponse(question, entry, hash);
    if (!response) continue;
    const checkedNow = entry.checked === true && !(sameAttempt && answerEntry(before, question.id).checked);
    // On Finish, answers already checked in practice were recorded when they were checked.
    const gradedNow = checkedNow || (justFinished && entry.checked !== true);
    if (!gradedNow) continue;
    const { fraction, correct } = gradeQuestion(question, response);
    answers.push({
      questionId: question.id,
      response,
      grade: { fraction, correct },
      hash,
      at: after.updatedAt,
    });
  }
  if (!justFinished || after.finishedAt === undefined) return { answers, finished: null };
  const { earned, possible, percent, passed } = summarizeAttempt(quiz, after, hashOf, passMark);
  const finished: FinishedAttempt = {
    id: after.id,
    startedAt: after.startedAt,
    finishedAt: after.finishedAt,
    mode: after.mode,
    earned,
    possible,
    percent,
    passMark,
    passed,
  };
  return { answers, finished };
}

/** What a quiz's saved record looks like to the engine: its finished attempts and the one on screen. */
export interface SavedQuiz {
  attempts: readonly unknown[];
  current?: QuizAttempt;
}

/** The attempt a saved record shows: its current one, or a blank one numbered after the finished ones. */
export function attemptOf(quiz: Pick<Quiz, 'mode'>, saved: SavedQuiz | undefined): QuizAttempt {
  return saved?.current ?? blankAttempt(quiz, (saved?.attempts.length ?? 0) + 1);
}

/**
 * One learner action applied to a saved quiz: the new attempt on screen and what it means for the
 * record, or null when the action is not allowed now. The quiz's only way to change its record.
 */
export function quizChange(
  quiz: Quiz,
  saved: SavedQuiz | undefined,
  action: AttemptAction,
  context: AttemptContext,
  passMark: number = quiz.passMark,
): (AttemptEffects & { attempt: QuizAttempt }) | null {
  const before = attemptOf(quiz, saved);
  const after = applyAttemptAction(quiz, before, action, context);
  if (after === before) return null;
  return { attempt: after, ...attemptEffects(quiz, before, after, context.hashOf, passMark) };
}
