/**
 * The one schema for quiz content. The course plugin validates every quiz it reads from the
 * lessons against it at build time; the engine and the components use the inferred types.
 * Text fields hold the author's Markdown source (the components render the MDX children instead).
 */
import * as z from 'zod/mini';
import { idSchema, quizModeSchema, responseSchema, type QuizMode, type Response } from './responseSchema';
import { QUESTION_DEFAULTS, QUESTION_TYPES, QUIZ_DEFAULTS, type QuestionType } from './vocabulary';

export { idSchema, quizModeSchema, responseSchema, type QuizMode, type Response };
export { QUESTION_TYPES, type QuestionType };

const text = z.string().check(z.trim(), z.minLength(1, { message: 'some text' }));

export const optionSchema = z.object({
  text,
  correct: z._default(z.boolean(), QUESTION_DEFAULTS.correct),
  feedback: z.optional(z.string().check(z.trim(), z.minLength(1))),
});

const common = {
  id: idSchema,
  prompt: text,
  points: z._default(z.int().check(z.positive()), QUESTION_DEFAULTS.points),
  teaches: z.optional(
    z
      .string()
      .check(z.regex(/^#[A-Za-z0-9_-]+$/, { message: 'an anchor in this lesson such as "#title-i"' })),
  ),
  hints: z._default(z.array(text), []),
  explanation: text,
};

export const singleQuestionSchema = z.object({
  ...common,
  type: z.literal('single'),
  options: z.array(optionSchema).check(z.minLength(2, { message: 'at least two options' })),
});

export const multipleQuestionSchema = z.object({
  ...common,
  type: z.literal('multiple'),
  options: z.array(optionSchema).check(z.minLength(2, { message: 'at least two options' })),
});

export const trueFalseQuestionSchema = z.object({
  ...common,
  type: z.literal('truefalse'),
  answer: z.boolean(),
});

export const orderingQuestionSchema = z.object({
  ...common,
  type: z.literal('ordering'),
  /** Written in the correct order; shown shuffled. */
  items: z.array(text).check(z.minLength(2, { message: 'at least two items' })),
});

export const matchingQuestionSchema = z.object({
  ...common,
  type: z.literal('matching'),
  pairs: z
    .array(z.object({ term: text, match: text }))
    .check(z.minLength(2, { message: 'at least two pairs' })),
});

export const classifyQuestionSchema = z.object({
  ...common,
  type: z.literal('classify'),
  categories: z.array(text).check(z.minLength(2, { message: 'at least two categories' })),
  statements: z
    .array(
      z.object({ text, category: text, feedback: z.optional(z.string().check(z.trim(), z.minLength(1))) }),
    )
    .check(z.minLength(2, { message: 'at least two statements' })),
});

export const shortQuestionSchema = z.object({
  ...common,
  type: z.literal('short'),
  answers: z.array(text).check(z.minLength(1, { message: 'at least one accepted answer' })),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  classifyQuestionSchema,
  shortQuestionSchema,
]);

export const quizSchema = z.object({
  id: idSchema,
  title: z.optional(z.string().check(z.trim(), z.minLength(1))),
  /** Percentage of points needed to pass. */
  passMark: z._default(z.number().check(z.gte(0), z.lte(100)), QUIZ_DEFAULTS.passMark),
  mode: z._default(quizModeSchema, QUIZ_DEFAULTS.mode),
  shuffle: z._default(z.boolean(), QUIZ_DEFAULTS.shuffle),
  questions: z.array(questionSchema).check(z.minLength(1, { message: 'at least one question' })),
});

export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type QuizInput = z.input<typeof quizSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

/** How one option fared: `selected` = the learner ticked it, `correct` = it is a right answer. */
const optionOutcomeSchema = z.object({
  selected: z.boolean(),
  correct: z.boolean(),
  feedback: z.optional(z.string()),
});

/** One position, term or statement: what the learner chose there (authored index, or null) and if it is right. */
const placementOutcomeSchema = z.object({
  chosen: z.nullable(z.int().check(z.gte(0))),
  correct: z.boolean(),
});

/** Per-part outcome the UI shows after grading, one shape per question type. */
export const gradePartsSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), options: z.array(optionOutcomeSchema) }),
  z.object({ type: z.literal('multiple'), options: z.array(optionOutcomeSchema) }),
  z.object({ type: z.literal('truefalse'), chosen: z.nullable(z.boolean()), answer: z.boolean() }),
  /** One entry per position in the correct order; `chosen` is the item the learner put there. */
  z.object({ type: z.literal('ordering'), positions: z.array(placementOutcomeSchema) }),
  /** One entry per term; `chosen` is the match picked for it. */
  z.object({ type: z.literal('matching'), pairs: z.array(placementOutcomeSchema) }),
  /** One entry per statement; `expected` is the right category's index (-1 if the author's name is unknown). */
  z.object({
    type: z.literal('classify'),
    statements: z.array(
      z.extend(placementOutcomeSchema, { expected: z.int(), feedback: z.optional(z.string()) }),
    ),
  }),
  /** `matchedAnswer` is the index of the accepted answer the text matched, or null. */
  z.object({ type: z.literal('short'), matchedAnswer: z.nullable(z.int().check(z.gte(0))) }),
]);

/** The grade of one response. A schema (not just a type) because progress saves it and reads it back. */
export const gradeResultSchema = z.object({
  fraction: z.number().check(z.gte(0), z.lte(1)),
  earned: z.number().check(z.gte(0)),
  possible: z.number().check(z.positive()),
  correct: z.boolean(),
  parts: gradePartsSchema,
});

export type GradeParts = z.infer<typeof gradePartsSchema>;
export type GradeResult = z.infer<typeof gradeResultSchema>;
