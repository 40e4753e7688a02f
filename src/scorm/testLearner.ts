/**
 * A learner for the SCORM tests (only tests import this file): acts on real quizzes through a real
 * progress store, the way a quiz on the page does (src/components/Quiz/useQuizAttempt.ts), so the
 * progress the adapter encodes is exactly what learners produce.
 */
import {
  applyAttemptAction,
  attemptEffects,
  blankAttempt,
  questionContentHash,
  type AttemptAction,
  type Question,
  type Quiz,
} from '@site/src/quiz';
import type { Response } from '@site/src/quiz';
import { createProgressStore, type ProgressStore } from '@site/src/progress/store';
import { createStorageSlot } from '@site/src/progress/storageSlot';
import { FakeStorage, manualTimers, steppingClock } from '@site/src/progress/testHelpers';
import { getOwn, type ProgressEnvelope } from '@site/src/progress/schema';
import type { PackageScope } from './packageScope';
import { suspendLayout, type SuspendLayout } from './suspendLayout';

/** A fresh store over an in-memory storage. */
export function learnerStore(start?: number): ProgressStore {
  return createProgressStore({
    storageKey: 'wcmai-progress:/test/',
    slot: createStorageSlot(() => new FakeStorage()),
    now: steppingClock(start),
    timers: manualTimers(),
  });
}

const hashOf = (question: Question) => questionContentHash(question);

/** Does one action on a quiz, as the quiz's dispatch does. */
export function act(store: ProgressStore, quiz: Quiz, action: AttemptAction): void {
  store.updateQuiz(quiz.id, (saved, at, newId) => {
    const before = saved?.current ?? blankAttempt(quiz, (saved?.attempts.length ?? 0) + 1);
    const after = applyAttemptAction(quiz, before, action, { at, newId, hashOf });
    if (after === before) return null;
    return { attempt: after, ...attemptEffects(quiz, before, after, hashOf) };
  });
}

/**
 * A full answer to a question, varied by `round` so two rounds answer differently: every option
 * ticked or one chosen, items reversed, every term and statement placed, a typed answer of a few words.
 */
export function fullAnswer(question: Question, round: number): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: round % question.options.length };
    case 'multiple':
      return {
        type: 'multiple',
        choices: question.options.map((_, i) => i).filter((i) => (i + round) % 2 === 0 || round > 1),
      };
    case 'truefalse':
      return { type: 'truefalse', value: round % 2 === 0 };
    case 'ordering':
      return {
        type: 'ordering',
        order: question.items.map((_, i) => (round % 2 ? i : question.items.length - 1 - i)),
      };
    case 'matching':
      return { type: 'matching', matches: question.pairs.map((_, i) => (i + round) % question.pairs.length) };
    case 'classify':
      return {
        type: 'classify',
        categories: question.statements.map((_, i) => (i + round) % question.categories.length),
      };
    case 'short':
      return { type: 'short', text: round % 2 ? (question.answers[0] ?? 'x') : 'a reported claim, I think' };
  }
}

/** Answers and checks every question of a quiz in practice, then finishes the attempt. */
export function answerAllAndFinish(store: ProgressStore, quiz: Quiz, round: number): void {
  for (const question of quiz.questions) {
    act(store, quiz, { type: 'answer', questionId: question.id, response: fullAnswer(question, round) });
    act(store, quiz, { type: 'check', questionId: question.id });
  }
  act(store, quiz, { type: 'finish' });
}

/** The suspend_data layout of a package holding these quizzes and lessons. */
export function layoutOf(quizzes: readonly Quiz[], lessons: readonly string[] = []): SuspendLayout {
  const scope: PackageScope = {
    id: 'course',
    title: 'Test course',
    start: '/docs/start',
    lessons: lessons.map((docId) => ({ docId, title: docId, permalink: `/docs/${docId}`, quizIds: [] })),
    quizIds: quizzes.map((quiz) => quiz.id),
  };
  const entries = Object.fromEntries(
    quizzes.map((quiz) => [
      quiz.id,
      {
        title: quiz.id,
        passMark: quiz.passMark,
        lessonDocId: 'x',
        permalink: '/docs/x',
        questions: quiz.questions.map((q) => ({ id: q.id, type: q.type, points: q.points, hash: hashOf(q) })),
      },
    ]),
  );
  return suspendLayout(scope, entries);
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * What a restore must give back, for comparing two envelopes: each quiz's attempt on screen (without
 * earlier tries), its finished attempts (scores to two decimals) and the latest answers, and lessons
 * marked as done.
 */
export function restorable(envelope: ProgressEnvelope, layout: SuspendLayout) {
  return {
    lessons: layout.lessons.map((docId) => {
      const record = getOwn(envelope.lessons, docId);
      return record?.markedDone === undefined ? null : [record.markedDone, record.markedAt];
    }),
    quizzes: layout.quizzes.map((quiz) => {
      const record = getOwn(envelope.quizzes, quiz.id);
      const current = record?.current;
      return {
        attempts: (record?.attempts ?? []).map((a) => ({
          ...a,
          earned: round(a.earned, 2),
          possible: round(a.possible, 2),
          percent: round(a.percent, 2),
        })),
        current: current && {
          ...current,
          questions: Object.fromEntries(
            Object.entries(current.questions)
              .map(([id, { earlier: _earlier, ...entry }]) => [id, entry] as const)
              .filter(([, entry]) => entry.response !== undefined || entry.hintsShown),
          ),
        },
        latest: quiz.questions.map((q) => {
          const answer = getOwn(envelope.questions, q.id);
          return answer && { ...answer, fraction: round(answer.fraction, 4) };
        }),
      };
    }),
  };
}
