/**
 * Whether a response can be graded against a question. Responses come back from storage written
 * by older versions of the site, so a question may have changed type or lost options since.
 */
import { responseSchema } from './responseSchema';
import type { Question, QuestionType, Response, ResponseOf } from './schema';

const isIndexBelow = (limit: number) => (index: number | null) => index === null || index < limit;

function isPermutation(order: readonly number[], length: number): boolean {
  return order.length === length && new Set(order).size === length && order.every((i) => i < length);
}

function indicesFit(question: Question, response: Response): boolean {
  switch (response.type) {
    case 'single':
      return question.type === 'single' && response.choice < question.options.length;
    case 'multiple':
      return question.type === 'multiple' && response.choices.every(isIndexBelow(question.options.length));
    case 'ordering':
      return question.type === 'ordering' && isPermutation(response.order, question.items.length);
    case 'matching':
      return (
        question.type === 'matching' &&
        response.matches.length === question.pairs.length &&
        response.matches.every(isIndexBelow(question.pairs.length))
      );
    case 'classify':
      return (
        question.type === 'classify' &&
        response.categories.length === question.statements.length &&
        response.categories.every(isIndexBelow(question.categories.length))
      );
    case 'truefalse':
    case 'short':
      return question.type === response.type;
  }
}

/** The response if it is well formed, of the question's type and every index is in range; otherwise null. */
export function usableResponse(question: Question, response: unknown): Response | null {
  const parsed = responseSchema.safeParse(response);
  if (!parsed.success || parsed.data.type !== question.type) return null;
  return indicesFit(question, parsed.data) ? parsed.data : null;
}

/** Narrows a usable response to one type, for code that has already switched on the question type. */
export function responseOfType<T extends QuestionType>(
  response: Response | null,
  type: T,
): ResponseOf<T> | null {
  return response?.type === type ? (response as ResponseOf<T>) : null;
}
