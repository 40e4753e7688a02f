// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { bestScore, exportReminderDue, hasPassed } from './derive';
import { emptyProgress } from './schema';
import { CLEAR_STATUS, EMPTY_PROGRESS, storageKeyFor } from './store';
import {
  FakeStorage,
  fullCourseProgress,
  gradeOf,
  setupStore,
  singleResponse,
  storedEnvelope,
  TEST_KEY,
} from './testHelpers';

const summary = { earned: 4, possible: 5, percent: 80, passed: true, toReview: [] };

describe('createProgressStore', () => {
  it('namespaces the key with the site baseUrl so two courses on one origin never collide', () => {
    expect(storageKeyFor('/course-a/')).toBe('wcmai-progress:/course-a/');
    expect(storageKeyFor('/course-a/')).not.toBe(storageKeyFor('/course-b/'));
  });

  it('serves empty progress as the server snapshot, always the same object', () => {
    const { store } = setupStore();
    expect(store.getServerSnapshot()).toBe(EMPTY_PROGRESS);
    expect(store.getServerSnapshot()).toEqual(emptyProgress());
    expect(Object.isFrozen(store.getServerSnapshot().questions)).toBe(true);
  });

  it('keeps the snapshot identity until something changes, then notifies subscribers', () => {
    const { store } = setupStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.recordAnswer('dpa-basics', 'dpa-q1', singleResponse(0), gradeOf(1), 'abc');
    expect(store.getSnapshot()).not.toBe(first);
    expect(store.getSnapshot().questions['dpa-q1']).toMatchObject({ correct: true, hash: 'abc' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.markDone('unit-1/overview', true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('loads progress saved earlier', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(fullCourseProgress()));
    const { store } = setupStore(storage);
    expect(Object.keys(store.getSnapshot().questions)).toHaveLength(120);
    expect(store.status().persistence).toBe('saved');
  });

  it('writes many answers in one batch: one setItem, not one per answer', () => {
    const { store, storage, timers } = setupStore();
    for (let i = 0; i < 50; i++)
      store.recordAnswer('dpa-basics', `dpa-q${i}`, singleResponse(i % 3), gradeOf(1), 'abc');
    expect(storage.setItemCalls).toBe(0);
    expect(store.status().unsavedChanges).toBe(true);
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(storage.setItemCalls).toBe(1);
    expect(Object.keys((storedEnvelope(storage) as { questions: object }).questions)).toHaveLength(50);
    expect(store.status().unsavedChanges).toBe(false);
  });

  it('reports an all-clear status as the very object the server renders with, before and after a save', () => {
    const { store, timers } = setupStore();
    // Equal but not identical would make React re-render every progress view right after hydration.
    expect(store.status()).toBe(CLEAR_STATUS);
    store.markVisited('unit-1/overview', '/docs/unit-1/overview', 'Overview');
    expect(store.status()).not.toBe(CLEAR_STATUS);
    expect(store.status().unsavedChanges).toBe(true);
    timers.runAll();
    expect(store.status()).toBe(CLEAR_STATUS);
  });

  it('writes at once on flush (pagehide), and not at all when nothing changed', () => {
    const { store, storage, timers } = setupStore();
    store.flush();
    expect(storage.setItemCalls).toBe(0);
    store.markVisited('unit-1/overview', '/docs/unit-1/overview', 'Overview');
    store.flush();
    expect(storage.setItemCalls).toBe(1);
    expect(timers.pending()).toBe(0);
    expect(store.getSnapshot().lastPage).toMatchObject({ path: '/docs/unit-1/overview', title: 'Overview' });
  });

  it('records attempts with unique ids; best score and passed are derived, not stored', () => {
    const { store } = setupStore();
    const first = store.recordAttempt('dpa-basics', { ...summary, percent: 60, passed: false }, 'test');
    const second = store.recordAttempt('dpa-basics', summary, 'practice', 1);
    expect(first.id).not.toBe(second.id);
    expect(second).toMatchObject({ startedAt: 1, mode: 'practice', earned: 4, possible: 5 });
    expect(bestScore(store.getSnapshot(), 'dpa-basics')).toBe(80);
    expect(hasPassed(store.getSnapshot(), 'dpa-basics')).toBe(true);
    expect(store.getSnapshot().quizzes['dpa-basics']).not.toHaveProperty('best');
  });

  it('remembers the last export, which stops the 7-day reminder', () => {
    const { store } = setupStore();
    store.markExported();
    const { lastExportAt } = store.getSnapshot();
    expect(lastExportAt).toBeGreaterThan(0);
    expect(exportReminderDue(lastExportAt, lastExportAt! + 1000)).toBe(false);
  });

  it('stops its pending write and its listeners when disposed', () => {
    const { store, timers } = setupStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.markDone('unit-1/overview', true);
    store.dispose();
    expect(timers.pending()).toBe(0);
    store.markDone('unit-1/overview', false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  // The budget: every write serialises the whole envelope on the main thread, so it must stay small
  // (128 KB stringifies in about a millisecond) and far inside the 5 MB browsers give a site.
  it('keeps a whole course (15 quizzes × 8 questions × 5 attempts, an attempt on screen with two earlier tries per question) under 128 KB', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(fullCourseProgress()));
    const { store, timers } = setupStore(storage);
    store.markDone('unit-1/overview', true);
    timers.runAll();
    const text = storage.data.get(TEST_KEY)!;
    // localStorage counts UTF-16 code units; these ids are ASCII, so length is the size in units.
    expect(text.length).toBeLessThan(128 * 1024);
  });
});

describe('persistent storage request', () => {
  it('asks once, on the first save by the learner, and reports the answer truthfully', async () => {
    const ask = vi.fn(async () => false);
    const { store } = setupStore(undefined, { onPersistRequest: ask });
    store.markVisited('unit-1/overview', '/docs/x', 'X');
    expect(ask).not.toHaveBeenCalled();
    store.recordAnswer('dpa-basics', 'dpa-q1', singleResponse(0), gradeOf(1), 'abc');
    store.markDone('unit-1/overview', true);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(store.status().persistRequest).toBe('asking');
    await Promise.resolve();
    expect(store.status().persistRequest).toBe('denied');
  });

  it('says "granted", "failed" or "unsupported" as the browser does', async () => {
    const granted = setupStore(undefined, { onPersistRequest: async () => true }).store;
    const failed = setupStore(undefined, {
      onPersistRequest: () => Promise.reject(new TypeError('no')),
    }).store;
    const unsupported = setupStore().store;
    for (const store of [granted, failed, unsupported]) store.markDone('unit-1/overview', true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([granted, failed, unsupported].map((s) => s.status().persistRequest)).toEqual([
      'granted',
      'failed',
      'unsupported',
    ]);
  });
});
