// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as quiz from './index';

describe('the quiz engine entry point', () => {
  it('exports the public functions and constants', () => {
    for (const name of [
      'gradeQuestion',
      'isResponseComplete',
      'usableResponse',
      'normalizeShortAnswer',
      'matchesShortAnswer',
      'acceptedAnswerIndex',
      'seededRandom',
      'shuffledOrder',
      'attemptSeed',
      'questionContentHash',
      'initialQuizState',
      'quizReducer',
      'summarizeAttempt',
    ] as const) {
      expect(typeof quiz[name]).toBe('function');
    }
    expect(Object.keys(quiz.SCORING_RULES).sort()).toEqual([...quiz.QUESTION_TYPES].sort());
  });

  it('exports the schemas other modules validate against', () => {
    for (const schema of [
      quiz.quizSchema,
      quiz.questionSchema,
      quiz.responseSchema,
      quiz.gradeResultSchema,
    ]) {
      expect(typeof schema.safeParse).toBe('function');
    }
  });
});
