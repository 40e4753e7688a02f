/**
 * The authoring vocabulary: which elements and attributes a quiz may use. Attribute lists are read
 * from the zod schema (src/quiz/schema.ts) rather than written out again, so a field added to the
 * schema becomes a valid attribute without touching the plugin.
 */
import type * as z from 'zod/mini';
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

type AnySchema = z.core.$ZodType;

// Reads zod's public definition objects (`_zod.def`), the same in the mini and classic builds.
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  while (current._zod.def.type === 'default' || current._zod.def.type === 'optional') {
    current = (current as z.core.$ZodOptional)._zod.def.innerType;
  }
  return current;
}

type QuestionObject = (typeof questionSchema)['_zod']['def']['options'][number];

function schemaOfType(type: QuestionType): QuestionObject {
  const found = questionSchema._zod.def.options.find((schema: QuestionObject) =>
    (schema.shape.type._zod.def.values as readonly string[]).includes(type),
  );
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
  const shape: Record<string, AnySchema> | undefined = owner ? schemaOfType(owner).shape : undefined;
  const field = shape?.[spec.field];
  const list = field ? unwrap(field) : undefined;
  const entry =
    list?._zod.def.type === 'array' ? unwrap((list as z.core.$ZodArray)._zod.def.element) : undefined;
  const keys =
    entry?._zod.def.type === 'object'
      ? Object.keys((entry as z.core.$ZodObject)._zod.def.shape)
      : Object.keys(optionSchema.shape);
  return keys.filter((key) => key !== spec.textKey);
}

/** Whether `value` names a question type of the schema. */
export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}

export { QUESTION_TYPES };
