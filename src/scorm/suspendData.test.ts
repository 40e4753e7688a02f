import fc from 'fast-check';
import {
  makeQuiz,
  classifyQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  sampleQuiz,
  shortQuestion,
  singleQuestion,
  trueFalseQuestion,
} from '@site/src/quiz/testFixtures';
import type { AttemptAction, Quiz } from '@site/src/quiz';
import { emptyProgress } from '@site/src/progress/schema';
import { decodeSuspendData, DETAIL_LEVELS, encodeSuspendData, SUSPEND_TAG } from './suspendData';
import { act, answerAllAndFinish, fullAnswer, layoutOf, learnerStore, restorable } from './testLearner';

const allTypes = makeQuiz({
  id: 'all-types',
  passMark: 60,
  questions: [
    singleQuestion,
    multipleQuestion,
    trueFalseQuestion,
    orderingQuestion,
    matchingQuestion,
    classifyQuestion,
    shortQuestion,
  ].map((question) => ({ ...question, id: `all-${question.id}` })),
});
const quizzes = [allTypes, sampleQuiz];
const LESSONS = ['unit-1/overview', 'unit-1/dpa'];
const layout = layoutOf(quizzes, LESSONS);

/** One thing a learner does on one of the quizzes. */
const action: fc.Arbitrary<[Quiz, AttemptAction]> = fc
  .tuple(
    fc.constantFrom(...quizzes),
    fc.nat(),
    fc.nat(3),
    fc.constantFrom('answer', 'check', 'hint', 'retry', 'finish', 'again', 'test'),
  )
  .map(([quiz, pick, variant, kind]) => {
    const question = quiz.questions[pick % quiz.questions.length]!;
    const questionId = question.id;
    const byKind: Record<string, AttemptAction> = {
      answer: { type: 'answer', questionId, response: fullAnswer(question, variant) },
      check: { type: 'check', questionId },
      hint: { type: 'revealHint', questionId },
      retry: { type: 'retryQuestion', questionId },
      finish: { type: 'finish' },
      again: { type: 'newAttempt' },
      test: { type: 'setMode', mode: 'test' },
    };
    return [quiz, byKind[kind]!];
  });

describe('suspend_data', () => {
  it('gives back the answers, checks, hints and attempts of any sequence of learner actions (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), fc.boolean(), (actions, markDone) => {
        const store = learnerStore();
        for (const [quiz, step] of actions) act(store, quiz, step);
        if (markDone) store.markDone('unit-1/overview', true);
        const saved = store.getSnapshot();
        const encoded = encodeSuspendData(saved, layout, 64000);
        expect(encoded?.level).toBe(0);
        const restored = decodeSuspendData(encoded!.text, layout);
        expect(restored).not.toBeNull();
        // Restored on another device: a fresh store takes the LMS's copy as an import.
        const other = learnerStore();
        other.importProgress(restored!, 'merge', {
          lessons: LESSONS.map((docId) => ({ docId, quizIds: [] })),
          quizzes: quizzes.map((q) => ({ quizId: q.id, questionIds: q.questions.map((x) => x.id) })),
        });
        expect(restorable(other.getSnapshot(), layout)).toEqual(restorable(saved, layout));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps only the scores of a quiz whose questions changed since, never answers to other questions', () => {
    const store = learnerStore();
    answerAllAndFinish(store, sampleQuiz, 1);
    const text = encodeSuspendData(store.getSnapshot(), layout, 64000)!.text;
    const edited = makeQuiz({ ...sampleQuiz, questions: [...sampleQuiz.questions].reverse() });
    const restored = decodeSuspendData(text, layoutOf([allTypes, edited], LESSONS))!;
    expect(restored.quizzes['dpa-basics']?.attempts).toHaveLength(1);
    expect(restored.quizzes['dpa-basics']?.current).toBeUndefined();
    expect(Object.keys(restored.questions)).toEqual([]);
  });

  it('brings back spaced review on another device: each restored answer is due as a lesson answer would be', () => {
    const store = learnerStore();
    answerAllAndFinish(store, sampleQuiz, 1);
    const restored = decodeSuspendData(encodeSuspendData(store.getSnapshot(), layout, 64000)!.text, layout)!;
    const answered = Object.entries(restored.questions);
    expect(answered.length).toBe(sampleQuiz.questions.length);
    for (const [questionId, answer] of answered) {
      const days = answer.correct ? 3 : 1;
      expect(restored.review[questionId]).toMatchObject({ hash: answer.hash, last: answer.answeredAt });
      expect(restored.review[questionId]!.due).toBe(answer.answeredAt + days * 86_400_000);
    }
  });

  it('ignores text that is not ours or is damaged, so the learner keeps what the browser has', () => {
    expect(decodeSuspendData('', layout)).toBeNull();
    expect(decodeSuspendData('viewed=1,2,3|lastviewedslide=3', layout)).toBeNull();
    expect(decodeSuspendData(`${SUSPEND_TAG}AAAA`, layout)).toBeNull();
    const text = encodeSuspendData(emptyProgress(5), layout, 64000)!.text;
    expect(decodeSuspendData(text.slice(0, -4), layout)).toBeNull();
  });

  it('keeps less, level by level, when the limit is tight, and the best attempt to the last', () => {
    const store = learnerStore();
    for (let round = 0; round < 4; round += 1) {
      answerAllAndFinish(store, allTypes, round);
      act(store, allTypes, { type: 'newAttempt' });
    }
    const full = encodeSuspendData(store.getSnapshot(), layout, 64000)!;
    const tight = encodeSuspendData(store.getSnapshot(), layout, full.text.length - 1)!;
    expect(tight.level).toBeGreaterThan(0);
    expect(encodeSuspendData(store.getSnapshot(), layout, 1)).toBeNull();
    // The shortest text that fits at all keeps the scores only.
    let limit = 1;
    while (!encodeSuspendData(store.getSnapshot(), layout, limit)) limit += 1;
    const scoresOnly = encodeSuspendData(store.getSnapshot(), layout, limit);
    expect(scoresOnly?.level).toBe(DETAIL_LEVELS.length - 1);
    const attempts = decodeSuspendData(scoresOnly!.text, layout)!.quizzes['all-types']!.attempts;
    const best = Math.max(...store.getSnapshot().quizzes['all-types']!.attempts.map((a) => a.percent));
    expect(attempts.map((a) => a.percent)).toEqual([Math.round(best * 100) / 100]);
  });
});
