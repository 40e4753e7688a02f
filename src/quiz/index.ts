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
  answerEntry,
  answeredEarlierVersion,
  applyAttemptAction,
  blankAttempt,
  hasAnyAnswer,
  hasStarted,
  liveResponse,
  MAX_EARLIER_TRIES,
  type AnswerEntry,
  type AttemptAction,
  type AttemptContext,
  type EarlierTry,
  type QuizAttempt,
} from './attempt';
export {
  answeredState,
  attemptScreen,
  questionScreen,
  type Answered,
  type AttemptScreen,
  type QuestionScreen,
} from './attemptScreen';
export {
  attemptEffects,
  attemptOf,
  quizChange,
  type SavedQuiz,
  type AttemptEffects,
  type FinishedAttempt,
  type GradedAnswer,
} from './attemptEffects';
export { summarizeAttempt, type AttemptSummary, type ReviewItem } from './summary';
