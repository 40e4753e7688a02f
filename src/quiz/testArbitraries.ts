/**
 * fast-check generators of learner actions on a quiz, for the property tests (only tests import
 * this file): answers of every type (right, wrong, partial or empty), checks, tries again, hints,
 * finishing, new attempts and mode changes.
 */
import fc from 'fast-check';
import type { AttemptAction } from './attempt';
import type { Question, QuizMode, Quiz, Response } from './schema';
import { shuffledOrder } from './shuffle';

/** A response for a question built from a random number: right, wrong, partial or empty. */
export function responseFor(question: Question, seed: number): Response {
  const pick = (n: number, salt: number) => (seed >> salt) % (n + 1); // n = "left empty"
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: seed % question.options.length };
    case 'multiple':
      return { type: 'multiple', choices: question.options.map((_, i) => i).filter((i) => (seed >> i) & 1) };
    case 'truefalse':
      return { type: 'truefalse', value: seed % 2 === 0 };
    case 'short':
      return { type: 'short', text: ['DPA', 'dpa.', 'wrong', '', 'Defense Production Act'][seed % 5]! };
    case 'ordering':
      return {
        type: 'ordering',
        order: seed % 3 === 0 ? [0, 1, 2, 3] : shuffledOrder(question.items.length, seed),
      };
    case 'matching':
      return {
        type: 'matching',
        matches: question.pairs.map((_, i) => {
          const n = pick(question.pairs.length, i * 2);
          return n === question.pairs.length ? null : n;
        }),
      };
    case 'classify':
      return {
        type: 'classify',
        categories: question.statements.map((_, i) => {
          const n = pick(question.categories.length, i * 2);
          return n === question.categories.length ? null : n;
        }),
      };
  }
}

/** Random actions on `quiz`; hints are asked for on `hintedId`. */
export function attemptActions(quiz: Quiz, hintedId: string): fc.Arbitrary<AttemptAction> {
  const questionIndex = fc.nat({ max: quiz.questions.length - 1 });
  const mode = fc.constantFrom<QuizMode>('practice', 'test');
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(questionIndex, fc.nat()).map(([i, seed]) => {
        const question = quiz.questions[i]!;
        return { type: 'answer' as const, questionId: question.id, response: responseFor(question, seed) };
      }),
    },
    {
      weight: 3,
      arbitrary: questionIndex.map((i) => ({ type: 'check' as const, questionId: quiz.questions[i]!.id })),
    },
    {
      weight: 1,
      arbitrary: questionIndex.map((i) => ({
        type: 'retryQuestion' as const,
        questionId: quiz.questions[i]!.id,
      })),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'revealHint' as const, questionId: hintedId }) },
    { weight: 2, arbitrary: fc.constant({ type: 'finish' as const }) },
    {
      weight: 1,
      arbitrary: fc.option(mode, { nil: undefined }).map((m) => ({ type: 'newAttempt' as const, mode: m })),
    },
    { weight: 1, arbitrary: mode.map((m) => ({ type: 'setMode' as const, mode: m })) },
    { weight: 1, arbitrary: fc.constant({ type: 'toggleShowCorrect' as const }) },
  );
}
