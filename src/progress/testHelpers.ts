/**
 * Fakes for the progress tests (only tests import this file): a Storage kept in a Map that can be
 * told to fail the way each browser fails, manual timers, and sample progress.
 */
import type { GradeResult, Response } from '../quiz';
import { PROGRESS_VERSION, type ProgressEnvelope } from './schema';
import { createStorageSlot } from './storageSlot';
import {
  createProgressStore,
  type ProgressStore,
  type ProgressStoreOptions,
  storageKeyFor,
  type Timers,
} from './store';

/** The errors browsers throw when storage is full, one per known shape. */
export const QUOTA_ERRORS: Record<string, () => unknown> = {
  'Chrome (DOMException QuotaExceededError)': () =>
    new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError'),
  'legacy WebKit (code 22)': () =>
    Object.assign(new Error('QuotaExceededError: DOM Exception 22'), { code: 22 }),
  'Firefox (NS_ERROR_DOM_QUOTA_REACHED, 1014)': () =>
    Object.assign(new Error('Persistent storage maximum size reached'), {
      name: 'NS_ERROR_DOM_QUOTA_REACHED',
      code: 1014,
    }),
  'IE8 (number -2147024882)': () => Object.assign(new Error('Not enough storage'), { number: -2147024882 }),
};

export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

/** An in-memory Storage that counts writes and can be made to throw. */
export class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  setItemCalls = 0;
  /** When set, setItem throws what this returns (removeItem too, as browsers do when blocked). */
  failWrites: (() => unknown) | null = null;
  failReads: (() => unknown) | null = null;
  /** Called after every successful write, like a browser queuing a storage event for other tabs. */
  onChange: ((key: string | null, newValue: string | null) => void) | null = null;

  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw this.failReads();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.setItemCalls++;
    if (this.failWrites) throw this.failWrites();
    this.data.set(key, String(value));
    this.onChange?.(key, String(value));
  }
  removeItem(key: string) {
    if (this.failWrites) throw this.failWrites();
    this.data.delete(key);
    this.onChange?.(key, null);
  }
  clear() {
    this.data.clear();
    this.onChange?.(null, null);
  }
}

/** Timers the test fires by hand. */
export function manualTimers(): Timers & { pending: () => number; runAll: () => void } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout(callback) {
      queue.set(next, callback);
      return next++;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    pending: () => queue.size,
    runAll() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback();
    },
  };
}

/** A clock that moves on by one second on every reading, from 2026-11-26. */
export function steppingClock(start = Date.UTC(2026, 10, 26, 9)): () => number {
  let time = start;
  return () => (time += 1000);
}

export function gradeOf(fraction: number): GradeResult {
  return {
    fraction,
    earned: fraction,
    possible: 1,
    correct: fraction === 1,
    parts: { type: 'short', matchedAnswer: null },
  };
}

export const singleResponse = (choice: number): Response => ({ type: 'single', choice });

/**
 * A whole course of progress: 15 quizzes × 8 questions answered and in review, 5 attempts each, an
 * attempt on screen per quiz with two earlier tries per question, 30 lessons.
 */
export function fullCourseProgress(start = Date.UTC(2026, 10, 1)): ProgressEnvelope {
  const questions: ProgressEnvelope['questions'] = {};
  const quizzes: ProgressEnvelope['quizzes'] = {};
  const lessons: ProgressEnvelope['lessons'] = {};
  const review: ProgressEnvelope['review'] = {};
  for (let q = 1; q <= 15; q++) {
    const quizId = `unit-${q}-check-your-understanding`;
    for (let n = 1; n <= 8; n++) {
      review[`${quizId}-question-${n}`] = {
        hash: '1a2b3c4d5e6f70',
        due: start + 86_400_000 * 123 + n,
        last: start + q * 1e6 + n,
        grade: 2,
        memory: { stability: 123.45678912, difficulty: 6.12345678, reps: 12, lapses: 3, state: 2 },
      };
      questions[`${quizId}-question-${n}`] = {
        quizId,
        response: { type: 'multiple', choices: [0, 2, 3] },
        fraction: 0.67,
        correct: false,
        hash: '1a2b3c4d5e6f70',
        answeredAt: start + q * 1e6 + n,
      };
    }
    quizzes[quizId] = {
      attempts: Array.from({ length: 5 }, (_, a) => ({
        id: `${(start + a).toString(36)}-abc123`,
        startedAt: start + a * 1000,
        finishedAt: start + a * 1000 + 600000,
        mode: 'test' as const,
        earned: 6.67,
        possible: 8,
        percent: 83,
        passMark: 80,
        passed: true,
      })),
      current: {
        id: `${(start + 9).toString(36)}-def456`,
        number: 6,
        mode: 'practice',
        startedAt: start,
        updatedAt: start + 1000,
        questions: Object.fromEntries(
          Array.from({ length: 8 }, (_, n) => [
            `${quizId}-question-${n + 1}`,
            {
              response: { type: 'multiple' as const, choices: [0, 2, 3] },
              checked: true as const,
              hintsShown: 1,
              hash: '1a2b3c4d5e6f70',
              answeredAt: start + n,
              earlier: [1, 2].map((t) => ({
                response: { type: 'multiple' as const, choices: [t] },
                fraction: 0,
                at: start + t,
              })),
            },
          ]),
        ),
      },
    };
    lessons[`unit-${q}-lessons/0${q % 9}-a-lesson-title-of-some-length`] = {
      visitedAt: start,
      markedDone: true,
      markedAt: start,
    };
    lessons[`unit-${q}-lessons/overview`] = { visitedAt: start };
  }
  const lastPage = { path: '/docs/unit-1/overview', title: 'Unit 1 overview', at: start };
  return {
    version: PROGRESS_VERSION,
    updatedAt: start,
    questions,
    quizzes,
    lessons,
    review,
    lastPage,
    lastExportAt: start,
  };
}

export const TEST_KEY = storageKeyFor('/military-ai/');

/** A store over a FakeStorage with manual timers and a stepping clock. */
export function setupStore(storage = new FakeStorage(), options: Partial<ProgressStoreOptions> = {}) {
  const timers = manualTimers();
  const slot = createStorageSlot(() => storage);
  const store = createProgressStore({ storageKey: TEST_KEY, slot, now: steppingClock(), timers, ...options });
  return { storage, timers, store };
}

/** Stored text under the test key, parsed. */
export function storedEnvelope(storage: FakeStorage): unknown {
  const text = storage.data.get(TEST_KEY);
  return text === undefined ? undefined : JSON.parse(text);
}

export type Tab = 'A' | 'B';

/** Two tabs sharing one localStorage; each write queues a storage event for the other tab only. */
export function twoTabs(shared = new FakeStorage()) {
  const queue: { to: Tab; key: string | null; newValue: string | null }[] = [];
  const now = steppingClock();
  const view = (me: Tab): Storage => {
    const other: Tab = me === 'A' ? 'B' : 'A';
    const change = (key: string | null, newValue: string | null, apply: () => void) => {
      const old = key === null ? undefined : shared.data.get(key);
      apply();
      // Browsers fire no event when the value did not change.
      if (key === null || old !== (newValue ?? undefined)) queue.push({ to: other, key, newValue });
    };
    return {
      get length() {
        return shared.length;
      },
      key: (i) => shared.key(i),
      getItem: (key) => shared.getItem(key),
      setItem: (key, value) => change(key, value, () => shared.setItem(key, value)),
      removeItem: (key) => change(key, null, () => shared.removeItem(key)),
      clear: () => change(null, null, () => shared.clear()),
    };
  };
  const timers = { A: manualTimers(), B: manualTimers() };
  const make = (tab: Tab) =>
    createProgressStore({
      storageKey: TEST_KEY,
      slot: createStorageSlot(() => view(tab)),
      now,
      timers: timers[tab],
    });
  const tabs: Record<Tab, ProgressStore> = { A: make('A'), B: make('B') };
  /** A page reload in one tab: save, then a new store reads what storage holds. */
  const reload = (tab: Tab) => {
    tabs[tab].flush();
    tabs[tab].dispose();
    tabs[tab] = make(tab);
    return tabs[tab];
  };
  /** Delivers events (and the writes they cause) until all is quiet; returns how many were delivered. */
  const settle = () => {
    let delivered = 0;
    for (;;) {
      timers.A.runAll();
      timers.B.runAll();
      const event = queue.shift();
      if (!event) return delivered;
      if (++delivered > 10) throw new Error('storage events keep echoing between tabs');
      tabs[event.to].handleStorageEvent(event);
    }
  };
  return { shared, queue, tabs, settle, reload };
}
