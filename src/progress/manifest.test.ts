// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexManifest } from './manifest';

describe('indexManifest', () => {
  it('looks up quizzes, questions and lessons without touching Object.prototype names', () => {
    const index = indexManifest({
      lessons: [{ docId: 'u/a', quizIds: ['quiz-a'] }],
      quizzes: [{ quizId: 'quiz-a', questionIds: ['q-1', 'q-2'] }],
    });
    expect(index.questionQuiz.get('q-2')).toBe('quiz-a');
    expect(index.quizIds.has('quiz-a')).toBe(true);
    expect(index.docIds.has('u/a')).toBe(true);
    expect(index.quizIds.has('constructor')).toBe(false);
    expect(index.questionQuiz.get('toString')).toBeUndefined();
  });
});
