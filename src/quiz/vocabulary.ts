/**
 * The quiz format's fixed words and the values an author may leave out, without zod: the schema
 * (./schema) is built on them, and a quiz the build has already checked is completed with them in
 * the browser (./checkedQuiz), so a lesson page never loads the schemas.
 */
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'truefalse',
  'ordering',
  'matching',
  'classify',
  'short',
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A quiz's defaults. */
export const QUIZ_DEFAULTS = {
  /** Percentage of points needed to pass. */
  passMark: 80,
  mode: 'practice',
  shuffle: true,
} as const;

/** A question's and an option's defaults. */
export const QUESTION_DEFAULTS = { points: 1, correct: false } as const;
