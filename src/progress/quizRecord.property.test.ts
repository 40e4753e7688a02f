// @vitest-environment node
/**
 * Property tests over random sequences of learner actions on one quiz, in two tabs sharing one
 * localStorage, with page reloads in between: what the quiz shows after a reload equals what it
 * showed before; the recorded attempts are exactly the finished ones, none twice; and every
 * recorded score is the engine's grade of the answers saved with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptOf,
  attemptScreen,
  questionContentHash,
  quizChange,
  summarizeAttempt,
  type AttemptAction,
} from '../quiz';
import {
  classifyQuestion,
  makeQuestion,
  makeQuiz,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  shortQuestion,
  trueFalseQuestion,
} from '../quiz/testFixtures';
import { attemptActions } from '../quiz/testArbitraries';
import { getOwn } from './schema';
import type { ProgressStore } from './store';
import { type Tab, twoTabs } from './testHelpers';

const hinted = makeQuestion({
  id: 'p-single',
  type: 'single',
  prompt: 'Pick one.',
  explanation: 'Because.',
  options: [{ text: 'Right', correct: true }, { text: 'Wrong' }, { text: 'Also wrong' }],
  hints: ['First hint.', 'Second hint.'],
});
const quiz = makeQuiz({
  id: 'prop-quiz',
  passMark: 60,
  questions: [
    hinted,
    multipleQuestion,
    trueFalseQuestion,
    shortQuestion,
    orderingQuestion,
    matchingQuestion,
    classifyQuestion,
  ],
});
const hashOf = questionContentHash;

type Step =
  { kind: 'act'; tab: Tab; action: AttemptAction } | { kind: 'deliver' } | { kind: 'reload'; tab: Tab };

const action = attemptActions(quiz, hinted.id);
const tab = fc.constantFrom<Tab>('A', 'A', 'A', 'B');
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(tab, action).map(([t, a]) => ({ kind: 'act' as const, tab: t, action: a })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'deliver' as const }) },
  { weight: 2, arbitrary: tab.map((t) => ({ kind: 'reload' as const, tab: t })) },
);

const answerRight: AttemptAction = {
  type: 'answer',
  questionId: hinted.id,
  response: { type: 'single', choice: 0 },
};

const recordOf = (store: ProgressStore) => getOwn(store.getSnapshot().quizzes, quiz.id);
const screenOf = (store: ProgressStore) => attemptScreen(quiz, attemptOf(quiz, recordOf(store)), hashOf);

/** Runs one sequence; returns the expected score of every finish, keyed by attempt id and time. */
function run(steps: Step[]) {
  const world = twoTabs();
  const finishes = new Map<string, { earned: number; percent: number; passed: boolean }>();
  for (const s of steps) {
    if (s.kind === 'deliver') world.settle();
    else if (s.kind === 'reload') {
      world.settle();
      const before = screenOf(world.tabs[s.tab]);
      const after = screenOf(world.reload(s.tab));
      expect(after).toEqual(before);
    } else {
      const intended: { change: ReturnType<typeof quizChange> } = { change: null };
      world.tabs[s.tab].updateQuiz(quiz.id, (saved, at, newId) => {
        const change = quizChange(quiz, saved, s.action, { at, newId, hashOf });
        intended.change = change;
        if (change?.finished) {
          const { earned, percent, passed } = summarizeAttempt(quiz, change.attempt, hashOf);
          finishes.set(`${change.finished.id}@${change.finished.finishedAt}`, { earned, percent, passed });
        }
        return change;
      });
      // Every change is saved as the engine made it: the tab now shows exactly that attempt.
      const made = intended.change;
      if (made) expect(screenOf(world.tabs[s.tab])).toEqual(attemptScreen(quiz, made.attempt, hashOf));
    }
    checkRecords(world.tabs.A, finishes);
    checkRecords(world.tabs.B, finishes);
  }
  world.settle();
  return { world, finishes };
}

function checkRecords(store: ProgressStore, finishes: ReadonlyMap<string, object>) {
  const record = recordOf(store);
  const attempts = record?.attempts ?? [];
  // Each recorded attempt is one that was finished, with the score its answers earned then.
  for (const attempt of attempts) {
    const expected = finishes.get(`${attempt.id}@${attempt.finishedAt}`);
    expect(expected, `attempt ${attempt.id} was never finished`).toBeDefined();
    expect({ earned: attempt.earned, percent: attempt.percent, passed: attempt.passed }).toEqual(expected);
  }
  expect(new Set(attempts.map((a) => a.id)).size).toBe(attempts.length);
  // A finished attempt on screen shows the very score its record holds.
  const current = record?.current;
  if (current?.finishedAt !== undefined) {
    const recorded = attempts.find((a) => a.id === current.id && a.finishedAt === current.finishedAt);
    expect(recorded, 'a finished attempt on screen has its record').toBeDefined();
    const { earned, percent, passed } = summarizeAttempt(quiz, current, hashOf);
    expect({ earned, percent, passed }).toEqual({
      earned: recorded!.earned,
      percent: recorded!.percent,
      passed: recorded!.passed,
    });
  }
}

describe('a quiz attempt, saved, reloaded and shared between tabs', () => {
  it('shows after every reload what it showed before, and records each finished attempt once with its grade', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { world, finishes } = run(steps);
        // Once all tabs have heard everything: both hold every finished attempt, each once.
        const ids = new Set([...finishes.keys()].map((key) => key.split('@')[0]));
        for (const t of ['A', 'B'] as const) {
          expect(new Set((recordOf(world.tabs[t])?.attempts ?? []).map((a) => a.id))).toEqual(ids);
        }
        expect(screenOf(world.tabs.A)).toEqual(screenOf(world.tabs.B));
      }),
      {
        numRuns: 1000,
        examples: [
          // A tab still showing an attempt another tab has finished keeps answering it.
          [
            [
              { kind: 'act', tab: 'A', action: answerRight },
              { kind: 'deliver' },
              { kind: 'act', tab: 'A', action: { type: 'finish' } },
              {
                kind: 'act',
                tab: 'B',
                action: {
                  ...answerRight,
                  questionId: trueFalseQuestion.id,
                  response: { type: 'truefalse', value: true },
                },
              },
              { kind: 'deliver' },
              { kind: 'act', tab: 'B', action: { type: 'finish' } },
              { kind: 'reload', tab: 'A' },
            ],
          ],
        ],
      },
    );
  });

  it('keeps test-mode answers across a reload, and a finished attempt cannot be finished twice', () => {
    const steps: Step[] = [
      { kind: 'act', tab: 'A', action: { type: 'setMode', mode: 'test' } },
      {
        kind: 'act',
        tab: 'A',
        action: { type: 'answer', questionId: hinted.id, response: { type: 'single', choice: 0 } },
      },
      { kind: 'reload', tab: 'A' },
      { kind: 'act', tab: 'A', action: { type: 'finish' } },
      { kind: 'reload', tab: 'A' },
      { kind: 'act', tab: 'A', action: { type: 'finish' } },
      { kind: 'act', tab: 'B', action: { type: 'finish' } },
    ];
    const { world } = run(steps);
    const screen = screenOf(world.tabs.A);
    expect(screen).toMatchObject({ mode: 'test', finished: true });
    expect(screen.questions[hinted.id]?.response).toEqual({ type: 'single', choice: 0 });
    expect(recordOf(world.tabs.A)?.attempts).toHaveLength(1);
  });
});
