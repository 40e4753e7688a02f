// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  type AttemptAction,
  applyAttemptAction,
  attemptEffects,
  blankAttempt,
  type Question,
  type Quiz,
} from '../quiz';
import { sampleQuiz } from '../quiz/testFixtures';
import { DAY_MS, firstSchedule, GRADE } from '../review/entry';
import type { ProgressStore } from './store';
import { FakeStorage, setupStore, storedEnvelope } from './testHelpers';

const hashOf = (question: Question) => `${question.id.length.toString(16)}0ab`;

/** One learner action on a quiz, through the store, exactly as useQuizAttempt does it. */
function act(store: ProgressStore, quiz: Quiz, action: AttemptAction) {
  store.updateQuiz(quiz.id, (record, at, newId) => {
    const before = record?.current ?? blankAttempt(quiz, (record?.attempts.length ?? 0) + 1);
    const after = applyAttemptAction(quiz, before, action, { at, newId, hashOf });
    return after === before ? null : { attempt: after, ...attemptEffects(quiz, before, after, hashOf) };
  });
}

describe('entering review from a lesson quiz', () => {
  it('schedules a question checked wrong in practice for the next day, with its content hash', () => {
    const { store } = setupStore();
    act(store, sampleQuiz, { type: 'setMode', mode: 'practice' });
    act(store, sampleQuiz, {
      type: 'answer',
      questionId: 'dpa-title-i-purpose',
      response: { type: 'single', choice: 1 },
    });
    expect(store.getSnapshot().review).toEqual({});
    act(store, sampleQuiz, { type: 'check', questionId: 'dpa-title-i-purpose' });
    const checkedAt = store.getSnapshot().questions['dpa-title-i-purpose']!.answeredAt;
    expect(store.getSnapshot().review).toEqual({
      'dpa-title-i-purpose': {
        hash: hashOf(sampleQuiz.questions[0]!),
        due: checkedAt + DAY_MS,
        last: checkedAt,
        grade: GRADE.again,
      },
    });
  });

  it('puts every answered question into review when a test is submitted, and none left blank', () => {
    const { store, timers, storage } = setupStore();
    act(store, sampleQuiz, { type: 'setMode', mode: 'test' });
    act(store, sampleQuiz, {
      type: 'answer',
      questionId: 'dpa-title-i-purpose',
      response: { type: 'single', choice: 0 },
    });
    act(store, sampleQuiz, {
      type: 'answer',
      questionId: 'dpa-1950',
      response: { type: 'truefalse', value: false },
    });
    act(store, sampleQuiz, { type: 'finish' });
    timers.runAll();
    const { review } = storedEnvelope(storage) as { review: Record<string, { grade: number }> };
    expect(Object.keys(review).sort()).toEqual(['dpa-1950', 'dpa-title-i-purpose']);
    expect(review['dpa-title-i-purpose']?.grade).toBe(GRADE.good);
    expect(review['dpa-1950']?.grade).toBe(GRADE.again);
  });
});

describe('updateReview', () => {
  it('saves the new schedule, which a reload reads back', () => {
    const storage = new FakeStorage();
    const { store, timers } = setupStore(storage);
    const next = {
      ...firstSchedule('ab', GRADE.good, 5),
      memory: { stability: 3, difficulty: 5, reps: 2, lapses: 0, state: 2 },
    };
    store.updateReview('dpa-1950', (current, at) => {
      expect(current).toBeUndefined();
      expect(at).toBeGreaterThan(0);
      return next;
    });
    timers.runAll();
    expect(setupStore(storage).store.getSnapshot().review['dpa-1950']).toEqual(next);
  });

  it('changes nothing when the computation returns null, and refuses ids the schema would refuse', () => {
    const { store } = setupStore();
    const before = store.getSnapshot();
    store.updateReview('dpa-1950', () => null);
    expect(store.getSnapshot()).toBe(before);
    expect(() => store.updateReview('__proto__', () => firstSchedule('ab', GRADE.good, 1))).toThrow(
      /\[progress\]/,
    );
    expect(() =>
      store.updateReview('dpa-1950', () => ({ ...firstSchedule('ab', GRADE.good, 1), grade: 7 })),
    ).toThrow(/\[progress\] Cannot save the review/);
  });
});
