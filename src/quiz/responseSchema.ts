/**
 * The parts of the quiz schema that saved progress needs: ids, modes and a learner's responses.
 * Kept apart from the quiz content schema (./schema) because every page loads the progress store,
 * while only pages with a quiz need the content schemas, whose construction is a measurable part
 * of a slow phone's start-up (bench/REPORT.md).
 */
import * as z from 'zod/mini';
import './zodSetup';

/** Ids are the keys of saved progress, so they must be stable, explicit and URL-safe. */
export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'a kebab-case id such as "dpa-title-i"' }));

export const quizModeSchema = z.enum(['practice', 'test']);
export type QuizMode = z.infer<typeof quizModeSchema>;

/** A learner's response, one shape per question type. Indices refer to the authored order. */
export const responseSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('single'), choice: z.int().check(z.gte(0)) }),
    z.object({ type: z.literal('multiple'), choices: z.array(z.int().check(z.gte(0))) }),
    z.object({ type: z.literal('truefalse'), value: z.boolean() }),
    /** Authored item indices in the order the learner placed them. */
    z.object({ type: z.literal('ordering'), order: z.array(z.int().check(z.gte(0))) }),
    /** For each term (authored order), the index of the chosen match, or null. */
    z.object({ type: z.literal('matching'), matches: z.array(z.nullable(z.int().check(z.gte(0)))) }),
    /** For each statement (authored order), the index of the chosen category, or null. */
    z.object({ type: z.literal('classify'), categories: z.array(z.nullable(z.int().check(z.gte(0)))) }),
    z.object({ type: z.literal('short'), text: z.string().check(z.maxLength(500)) }),
  ]),
);

export type Response = z.infer<typeof responseSchema>;
