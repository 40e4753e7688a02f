// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as quiz from './index';
import * as schemas from './schema';

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
      'applyAttemptAction',
      'blankAttempt',
      'attemptScreen',
      'attemptEffects',
      'summarizeAttempt',
      'completeCheckedQuiz',
    ] as const) {
      expect(typeof quiz[name]).toBe('function');
    }
    expect(Object.keys(quiz.SCORING_RULES).sort()).toEqual([...quiz.QUESTION_TYPES].sort());
  });

  it('leaves the schemas out, so pages that run quizzes do not load them', () => {
    expect(Object.keys(quiz).filter((name) => /Schema$/.test(name))).toEqual([]);
    for (const schema of [
      schemas.quizSchema,
      schemas.questionSchema,
      schemas.responseSchema,
      schemas.gradeResultSchema,
    ]) {
      expect(typeof schema.safeParse).toBe('function');
    }
  });
});
