/**
 * What the quiz shows for an attempt, as plain data: each question's answer, the grade on screen,
 * hints, whether it is locked or can be tried again, and the result of a finished attempt. The
 * React view renders this and nothing else, so "the screen after a reload equals the screen before"
 * is a property of this function over saved attempts (see attempt.property.test.ts).
 */
import {
  answerEntry,
  answeredEarlierVersion,
  type AnswerEntry,
  hasAnyAnswer,
  hasStarted,
  liveResponse,
  type QuizAttempt,
} from './attempt';
import { gradeQuestion, isResponseComplete } from './grade';
import type { GradeResult, Question, Quiz, QuizMode, Response } from './schema';
import { type AttemptSummary, summarizeAttempt } from './summary';

/** How much of a question is answered: partly = some terms or statements are still unplaced. */
export type Answered = 'no' | 'partly' | 'fully';

export interface QuestionScreen {
  response: Response | null;
  answered: Answered;
  /** The grade shown: after Check (practice) or once the attempt is finished; otherwise null. */
  grade: GradeResult | null;
  hintsShown: number;
  /** The answer can no longer change (checked, or the attempt is finished). */
  locked: boolean;
  /** Practice: "Try this question again" is offered. */
  canRetry: boolean;
  /** The learner answered an earlier version of this question; that answer was set aside. */
  changedSinceAnswered: boolean;
  earlierTries: number;
}

export interface AttemptScreen {
  mode: QuizMode;
  number: number;
  finished: boolean;
  showCorrect: boolean;
  /** The mode can no longer be switched in this attempt. */
  modeLocked: boolean;
  questions: Readonly<Record<string, QuestionScreen>>;
  /** Question ids not fully answered, in quiz order (Finish asks about them first). */
  notAnswered: string[];
  summary: AttemptSummary | null;
}

/** How far a response answers its question. */
export function answeredState(question: Question, response: Response | null): Answered {
  if (!hasAnyAnswer(question, response)) return 'no';
  return isResponseComplete(question, response) ? 'fully' : 'partly';
}

/** One question's screen; pure, so the view can memoise it on the entry it was computed from. */
export function questionScreen(
  question: Question,
  entry: AnswerEntry,
  hash: string,
  mode: QuizMode,
  finished: boolean,
): QuestionScreen {
  const response = liveResponse(question, entry, hash);
  const checked = entry.checked === true && response !== null;
  const graded = checked || finished;
  return {
    response,
    answered: answeredState(question, response),
    grade: graded ? gradeQuestion(question, response) : null,
    hintsShown: Math.min(entry.hintsShown ?? 0, question.hints.length),
    locked: graded,
    canRetry: mode === 'practice' && checked && !finished,
    changedSinceAnswered: response === null && answeredEarlierVersion(entry, hash),
    earlierTries: entry.earlier?.length ?? 0,
  };
}

/** The whole quiz's screen for an attempt. */
export function attemptScreen(
  quiz: Quiz,
  attempt: QuizAttempt,
  hashOf: (question: Question) => string,
  passMark: number = quiz.passMark,
): AttemptScreen {
  const finished = attempt.finishedAt !== undefined;
  const questions: Record<string, QuestionScreen> = {};
  const notAnswered: string[] = [];
  for (const question of quiz.questions) {
    const screen = questionScreen(
      question,
      answerEntry(attempt, question.id),
      hashOf(question),
      attempt.mode,
      finished,
    );
    questions[question.id] = screen;
    if (screen.answered !== 'fully') notAnswered.push(question.id);
  }
  return {
    mode: attempt.mode,
    number: attempt.number,
    finished,
    showCorrect: finished && attempt.showCorrect === true,
    modeLocked: hasStarted(attempt),
    questions,
    notAnswered,
    summary: finished ? summarizeAttempt(quiz, attempt, hashOf, passMark) : null,
  };
}
