/**
 * The authoring vocabulary: which elements and attributes a quiz may use. Attribute lists are read
 * from the zod schema (src/quiz/schema.ts) rather than written out again, so a field added to the
 * schema becomes a valid attribute without touching the plugin.
 */
import * as z from 'zod';
import {
  QUESTION_TYPES,
  optionSchema,
  questionSchema,
  quizSchema,
  type QuestionInput,
  type QuestionType,
} from '../../src/quiz/schema';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
export type QuestionField = KeysOfUnion<QuestionInput>;

export const QUIZ = 'Quiz';
export const QUESTION = 'Question';

/** How a child element of `<Question>` feeds the schema: its field, and where its text goes. */
export interface ChildSpec {
  field: QuestionField;
  /** Key that receives the element's Markdown; absent when the element *is* the string. */
  textKey?: string;
  /** Whether the field is a list (`hints`) or a single value (`explanation`). */
  many: boolean;
}

export const CHILD_ELEMENTS = {
  Option: { field: 'options', textKey: 'text', many: true },
  Item: { field: 'items', many: true },
  Match: { field: 'pairs', textKey: 'match', many: true },
  Statement: { field: 'statements', textKey: 'text', many: true },
  Answer: { field: 'answers', many: true },
  Hint: { field: 'hints', many: true },
  Explanation: { field: 'explanation', many: false },
} as const satisfies Record<string, ChildSpec>;

export type ChildName = keyof typeof CHILD_ELEMENTS;
export const CHILD_NAMES = Object.keys(CHILD_ELEMENTS) as ChildName[];

/** Whether `name` is one of the child elements of `<Question>`. */
export function isChildName(name: string): name is ChildName {
  return Object.hasOwn(CHILD_ELEMENTS, name);
}

/** Fields filled from child elements or the prompt text, never from attributes. */
const CONTENT_FIELDS = new Set<string>(['prompt', ...CHILD_NAMES.map((name) => CHILD_ELEMENTS[name].field)]);

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function schemaOfType(type: QuestionType): z.ZodObject {
  const found = questionSchema.options.find((schema) => schema.shape.type.value === type);
  if (!found) throw new Error(`[quiz] The schema has no question type "${type}".`);
  return found;
}

function fieldsOf(type: QuestionType): string[] {
  return Object.keys(schemaOfType(type).shape);
}

export const QUIZ_ATTRIBUTES: readonly string[] = Object.keys(quizSchema.shape).filter(
  (key) => key !== 'questions',
);

/** Attributes a `<Question>` of this type accepts, e.g. `answer` only for truefalse. */
export function questionAttributes(type: QuestionType): string[] {
  return fieldsOf(type).filter((key) => !CONTENT_FIELDS.has(key));
}

/** Every attribute some question type accepts: an attribute outside this list is a typo. */
export const ALL_QUESTION_ATTRIBUTES: readonly string[] = [
  ...new Set(QUESTION_TYPES.flatMap(questionAttributes)),
];

/** Child elements a question of this type accepts, e.g. `Option` only for single and multiple. */
export function questionChildren(type: QuestionType): ChildName[] {
  const fields = new Set(fieldsOf(type));
  return CHILD_NAMES.filter((name) => fields.has(CHILD_ELEMENTS[name].field));
}

/** The question types that use an attribute or a child field, to tell an author where it belongs. */
export function typesUsing(field: string): QuestionType[] {
  return QUESTION_TYPES.filter((type) => fieldsOf(type).includes(field));
}

/** Attributes of a child element: the keys of its list entry in the schema, minus its text. */
export function childAttributes(name: ChildName): string[] {
  const spec: ChildSpec = CHILD_ELEMENTS[name];
  if (spec.textKey === undefined) return [];
  const owner = QUESTION_TYPES.find((type) => fieldsOf(type).includes(spec.field));
  const list = owner ? unwrap(schemaOfType(owner).shape[spec.field] as z.ZodType) : undefined;
  const entry = list instanceof z.ZodArray ? unwrap(list.element as z.ZodType) : undefined;
  const keys = entry instanceof z.ZodObject ? Object.keys(entry.shape) : Object.keys(optionSchema.shape);
  return keys.filter((key) => key !== spec.textKey);
}

/** Whether `value` names a question type of the schema. */
export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}

export { QUESTION_TYPES };
