/** The quiz engine's public API: plain TypeScript, no React, no DOM. */
export * from './schema';
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
