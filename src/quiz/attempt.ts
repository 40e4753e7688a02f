/**
 * One attempt at a quiz, as the learner's progress saves it and as the quiz renders it: the mode,
 * each question's answer, whether it was checked, the hints shown, earlier tries, and whether the
 * attempt is finished. Grades are never stored here: they are computed from the answers, so what
 * the screen shows and what the record says cannot disagree.
 *
 * `applyAttemptAction` is pure. An action that is not allowed now returns the very same object, so
 * a double click, a stale event or a second Finish can never change a saved attempt.
 */
import { MAX_EARLIER_TRIES } from './attemptLimits';
import { gradeQuestion } from './grade';
import { usableResponse } from './responseFit';
import type { Question, Quiz, QuizMode, Response } from './schema';

/** A practice try the learner set aside with "Try this question again" (kept for statistics). */
export { MAX_EARLIER_TRIES };

export interface EarlierTry {
  readonly response: Response;
  readonly fraction: number;
  readonly at: number;
}

/** One question within an attempt. Absent fields mean "not yet": no answer, not checked, no hints. */
export interface AnswerEntry {
  readonly response?: Response;
  /** Practice: the answer was checked, so it is graded on screen and locked until tried again. */
  readonly checked?: true;
  readonly hintsShown?: number;
  /** The question's content hash when it was answered: an answer to an older version is set aside. */
  readonly hash?: string;
  readonly answeredAt?: number;
  readonly earlier?: EarlierTry[];
}

export interface QuizAttempt {
  /** The id the finished attempt is recorded under; '' until the learner first does something. */
  readonly id: string;
  /** 1 for the first attempt; shown as "attempt N" and seeds the shuffled order. */
  readonly number: number;
  readonly mode: QuizMode;
  readonly startedAt: number;
  /** When it last changed: of two tabs' copies of the same quiz, the later one wins. */
  readonly updatedAt: number;
  readonly finishedAt?: number;
  readonly showCorrect?: true;
  readonly questions: Readonly<Record<string, AnswerEntry>>;
}

export type AttemptAction =
  | { type: 'answer'; questionId: string; response: Response }
  | { type: 'check'; questionId: string }
  | { type: 'retryQuestion'; questionId: string }
  | { type: 'revealHint'; questionId: string }
  | { type: 'finish' }
  | { type: 'newAttempt'; mode?: QuizMode }
  | { type: 'setMode'; mode: QuizMode }
  | { type: 'toggleShowCorrect' };

/** What an action needs from outside: the time, a fresh attempt id, and each question's content hash. */
export interface AttemptContext {
  at: number;
  newId: () => string;
  hashOf: (question: Question) => string;
}

const NO_ENTRY: AnswerEntry = Object.freeze({});

/** The attempt shown before the learner does anything: nothing answered, the quiz's own mode. */
export function blankAttempt(quiz: Pick<Quiz, 'mode'>, number = 1): QuizAttempt {
  return { id: '', number, mode: quiz.mode, startedAt: 0, updatedAt: 0, questions: {} };
}

// Looking up through the quiz means an id such as "constructor" cannot reach Object.prototype.
function findQuestion(quiz: Quiz, id: string): Question | undefined {
  return quiz.questions.find((question) => question.id === id);
}

function entryOf(attempt: QuizAttempt, id: string): AnswerEntry {
  return Object.prototype.hasOwnProperty.call(attempt.questions, id) ? attempt.questions[id]! : NO_ENTRY;
}

/**
 * The learner's answer to a question in this attempt, if it still fits the question as it is now:
 * of the same version (hash) and the same shape. Anything else counts as unanswered.
 */
export function liveResponse(question: Question, entry: AnswerEntry, hash: string): Response | null {
  if (entry.response === undefined) return null;
  if (entry.hash !== undefined && entry.hash !== hash) return null;
  return usableResponse(question, entry.response);
}

/** True when the learner answered an earlier version of the question (their answer is set aside). */
export function answeredEarlierVersion(entry: AnswerEntry, hash: string): boolean {
  return entry.response !== undefined && entry.hash !== undefined && entry.hash !== hash;
}

/** Whether anything at all has been answered: an empty answer cannot be checked. */
export function hasAnyAnswer(question: Question, response: Response | null): boolean {
  switch (response?.type) {
    case undefined:
      return false;
    case 'multiple':
      return response.choices.length > 0;
    case 'matching':
      return response.matches.some((m) => m !== null);
    case 'classify':
      return response.categories.some((c) => c !== null);
    case 'short':
      return response.text.trim() !== '';
    default:
      return usableResponse(question, response) !== null;
  }
}

/** True once the learner has answered, checked or asked for a hint: the mode is then fixed. */
export function hasStarted(attempt: QuizAttempt): boolean {
  return (
    attempt.finishedAt !== undefined ||
    Object.values(attempt.questions).some((e) => e.response !== undefined || e.checked || e.hintsShown)
  );
}

// Drops undefined fields, so a saved attempt and the same attempt read back are equal.
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function withEntry(attempt: QuizAttempt, id: string, entry: AnswerEntry, context: AttemptContext) {
  return touched({ ...attempt, questions: { ...attempt.questions, [id]: compact(entry) } }, context);
}

/** Stamps a change: the attempt gets its id and start time on the learner's first action. */
function touched(attempt: QuizAttempt, { at, newId }: AttemptContext): QuizAttempt {
  const started = attempt.id === '' ? { id: newId(), startedAt: at } : {};
  return { ...attempt, ...started, updatedAt: at };
}

type Step = (quiz: Quiz, attempt: QuizAttempt, question: Question, context: AttemptContext) => QuizAttempt;

const answer =
  (response: Response): Step =>
  (_quiz, attempt, question, context) => {
    const entry = entryOf(attempt, question.id);
    const hash = context.hashOf(question);
    const stale = answeredEarlierVersion(entry, hash);
    if (entry.checked && !stale) return attempt;
    const usable = usableResponse(question, response);
    if (!usable) return attempt;
    const { earlier, hintsShown } = entry;
    return withEntry(
      attempt,
      question.id,
      { response: usable, hash, answeredAt: context.at, hintsShown, earlier },
      context,
    );
  };

const check: Step = (_quiz, attempt, question, context) => {
  const entry = entryOf(attempt, question.id);
  if (attempt.mode !== 'practice' || entry.checked) return attempt;
  const response = liveResponse(question, entry, context.hashOf(question));
  if (!hasAnyAnswer(question, response)) return attempt;
  return withEntry(attempt, question.id, { ...entry, checked: true }, context);
};

const retryQuestion: Step = (_quiz, attempt, question, context) => {
  const entry = entryOf(attempt, question.id);
  if (attempt.mode !== 'practice' || !entry.checked || entry.response === undefined) return attempt;
  const { fraction } = gradeQuestion(question, entry.response);
  const tries = [...(entry.earlier ?? []), { response: entry.response, fraction, at: context.at }];
  const earlier = tries.slice(-MAX_EARLIER_TRIES);
  return withEntry(attempt, question.id, { hintsShown: entry.hintsShown, earlier }, context);
};

const revealHint: Step = (_quiz, attempt, question, context) => {
  const entry = entryOf(attempt, question.id);
  const shown = entry.hintsShown ?? 0;
  if (entry.checked || shown >= question.hints.length) return attempt;
  return withEntry(attempt, question.id, { ...entry, hintsShown: shown + 1 }, context);
};

/** Applies one learner action; returns the same object when the action is not allowed now. */
export function applyAttemptAction(
  quiz: Quiz,
  attempt: QuizAttempt,
  action: AttemptAction,
  context: AttemptContext,
): QuizAttempt {
  const finished = attempt.finishedAt !== undefined;
  switch (action.type) {
    case 'newAttempt': {
      if (!finished) return attempt;
      const mode = action.mode ?? attempt.mode;
      const { at, newId } = context;
      return { id: newId(), number: attempt.number + 1, mode, startedAt: at, updatedAt: at, questions: {} };
    }
    case 'finish':
      return finished ? attempt : touched({ ...attempt, finishedAt: context.at }, context);
    case 'setMode':
      // Saved like any change, so a reload keeps the mode the learner chose.
      return action.mode === attempt.mode || hasStarted(attempt)
        ? attempt
        : touched({ ...attempt, mode: action.mode }, context);
    case 'toggleShowCorrect': {
      if (!finished) return attempt;
      const { showCorrect, ...rest } = attempt;
      return touched(showCorrect ? rest : { ...rest, showCorrect: true }, context);
    }
    default: {
      const question = findQuestion(quiz, action.questionId);
      if (!question || finished) return attempt;
      const step: Step =
        action.type === 'answer'
          ? answer(action.response)
          : action.type === 'check'
            ? check
            : action.type === 'retryQuestion'
              ? retryQuestion
              : revealHint;
      return step(quiz, attempt, question, context);
    }
  }
}

/** The entry for a question (an empty one when the learner has not touched it). */
export function answerEntry(attempt: QuizAttempt, questionId: string): AnswerEntry {
  return entryOf(attempt, questionId);
}
