/**
 * The state of one quiz on the page, as a pure reducer for React's useReducer. Every action that
 * is not allowed right now returns the very same state object, so React skips the re-render and
 * a double click or a stale event can never corrupt an attempt.
 */
import { gradeQuestion, isResponseComplete } from './grade';
import { usableResponse } from './responseFit';
import type { GradeResult, Question, Quiz, QuizMode, Response } from './schema';

export interface QuestionState {
  readonly response: Response | null;
  /** The grade once checked (practice) or submitted; a checked question is locked until retry. */
  readonly checked: GradeResult | null;
  readonly hintsShown: number;
}

export type QuizPhase = 'answering' | 'submitted';

export interface QuizState {
  readonly quiz: Quiz;
  readonly mode: QuizMode;
  readonly attempt: number;
  readonly phase: QuizPhase;
  readonly showCorrect: boolean;
  /** Keyed by question id; look questions up through the quiz, never by raw key (see findQuestion). */
  readonly questions: Readonly<Record<string, QuestionState>>;
}

export type QuizAction =
  | { type: 'answer'; questionId: string; response: Response }
  | { type: 'check'; questionId: string }
  | { type: 'revealHint'; questionId: string }
  | { type: 'submit' }
  | { type: 'retry' }
  | { type: 'setMode'; mode: QuizMode }
  | { type: 'toggleShowCorrect' }
  | { type: 'restore'; questionId: string; response: Response | null; checked: GradeResult | null };

const EMPTY_QUESTION: QuestionState = { response: null, checked: null, hintsShown: 0 };

/** A fresh attempt: nothing answered, phase "answering"; attempt defaults to 1 and mode to the quiz's own. */
export function initialQuizState(quiz: Quiz, options: { attempt?: number; mode?: QuizMode } = {}): QuizState {
  const { attempt = 1, mode = quiz.mode } = options;
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new Error(
      `[quiz] attempt must be a whole number from 1 up, got ${attempt}; leave it out to start at 1.`,
    );
  }
  const questions = Object.fromEntries(quiz.questions.map((q) => [q.id, EMPTY_QUESTION]));
  return { quiz, mode, attempt, phase: 'answering', showCorrect: false, questions };
}

// Looking up through the quiz (not `state.questions[id]`) means an id such as "constructor"
// cannot reach Object.prototype, and an id the quiz does not have is simply not found.
function findQuestion(state: QuizState, id: string): [Question, QuestionState] | null {
  const question = state.quiz.questions.find((q) => q.id === id);
  return question ? [question, state.questions[id] ?? EMPTY_QUESTION] : null;
}

function withQuestion(state: QuizState, id: string, next: QuestionState): QuizState {
  return { ...state, questions: { ...state.questions, [id]: next } };
}

function answer(state: QuizState, id: string, response: Response): QuizState {
  const found = findQuestion(state, id);
  if (!found || state.phase !== 'answering') return state;
  const [question, current] = found;
  if (current.checked || !usableResponse(question, response)) return state;
  return withQuestion(state, id, { ...current, response });
}

function check(state: QuizState, id: string): QuizState {
  const found = findQuestion(state, id);
  if (!found || state.mode !== 'practice' || state.phase !== 'answering') return state;
  const [question, current] = found;
  if (current.checked || !isResponseComplete(question, current.response)) return state;
  return withQuestion(state, id, { ...current, checked: gradeQuestion(question, current.response) });
}

function revealHint(state: QuizState, id: string): QuizState {
  const found = findQuestion(state, id);
  if (!found) return state;
  const [question, current] = found;
  if (current.hintsShown >= question.hints.length) return state;
  return withQuestion(state, id, { ...current, hintsShown: current.hintsShown + 1 });
}

function submit(state: QuizState): QuizState {
  if (state.phase !== 'answering') return state;
  const questions = Object.fromEntries(
    state.quiz.questions.map((q) => {
      const current = state.questions[q.id] ?? EMPTY_QUESTION;
      return [q.id, { ...current, checked: gradeQuestion(q, current.response) }];
    }),
  );
  return { ...state, phase: 'submitted', questions };
}

function hasStarted(state: QuizState): boolean {
  return (
    state.phase !== 'answering' ||
    Object.values(state.questions).some((q) => q.response !== null || q.checked !== null)
  );
}

function restore(state: QuizState, action: Extract<QuizAction, { type: 'restore' }>): QuizState {
  const found = findQuestion(state, action.questionId);
  if (!found || state.phase !== 'answering') return state;
  const [question, current] = found;
  const response = action.response === null ? null : usableResponse(question, action.response);
  // Saved data that no longer fits the question (its type or options changed) is left out.
  if (action.response !== null && response === null) return state;
  // The saved grade only says "this was checked": regrade against the question as it is now, so
  // the parts always line up with the options on the page even if the author edited them.
  const checked = action.checked && response ? gradeQuestion(question, response) : null;
  return withQuestion(state, action.questionId, { ...current, response, checked });
}

/** Applies one learner action; returns the same state object when the action is not allowed now. */
export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'answer':
      return answer(state, action.questionId, action.response);
    case 'check':
      return check(state, action.questionId);
    case 'revealHint':
      return revealHint(state, action.questionId);
    case 'submit':
      return submit(state);
    case 'retry':
      return initialQuizState(state.quiz, { attempt: state.attempt + 1, mode: state.mode });
    case 'setMode':
      return action.mode === state.mode || hasStarted(state) ? state : { ...state, mode: action.mode };
    case 'toggleShowCorrect':
      return state.phase === 'submitted' ? { ...state, showCorrect: !state.showCorrect } : state;
    case 'restore':
      return restore(state, action);
    default:
      return state;
  }
}
