/**
 * The quiz engine's public API: plain TypeScript, no React, no DOM, and no quiz schemas, so the
 * pages that run quizzes do not load them. The schemas themselves are in ./schema.
 */
export type {
  GradeParts,
  GradeResult,
  Option,
  Question,
  QuestionInput,
  QuestionOf,
  Quiz,
  QuizInput,
  QuizMode,
  Response,
  ResponseOf,
} from './schema';
export { QUESTION_TYPES, QUIZ_DEFAULTS, QUESTION_DEFAULTS, type QuestionType } from './vocabulary';
export { completeCheckedQuiz } from './checkedQuiz';
export { gradeQuestion, isResponseComplete } from './grade';
export { SCORING_RULES } from './scoringRules';
export { usableResponse } from './responseFit';
export { normalizeShortAnswer, matchesShortAnswer, acceptedAnswerIndex } from './shortAnswer';
export { seededRandom, shuffledOrder, attemptSeed } from './shuffle';
export { questionContentHash } from './hash';
export {
  initialQuizState,
  quizReducer,
  type QuizState,
  type QuizAction,
  type QuizPhase,
  type QuestionState,
} from './quizState';
export { summarizeAttempt, type AttemptSummary, type ReviewItem } from './summary';
