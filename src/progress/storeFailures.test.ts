// @vitest-environment node
import { describe, expect, it } from 'vitest';
import v1Export from './fixtures/progress-v1-export.json';
import v0Fixture from './fixtures/progress-v0.json';
import { PROGRESS_VERSION } from './schema';
import { createStorageSlot } from './storageSlot';
import { createProgressStore } from './store';
import {
  FakeStorage,
  fullCourseProgress,
  gradeOf,
  manualTimers,
  QUOTA_ERRORS,
  securityError,
  setupStore,
  singleResponse,
  storedEnvelope,
  TEST_KEY,
} from './testHelpers';

const answer = (store: ReturnType<typeof setupStore>['store'], id: string) =>
  store.recordAnswer('dpa-basics', id, singleResponse(0), gradeOf(1), 'abc');

describe('storage failures', () => {
  it.each(Object.entries(QUOTA_ERRORS))('keeps answers in memory when storage is full: %s', (_, make) => {
    const { store, storage, timers } = setupStore();
    storage.failWrites = make;
    answer(store, 'dpa-q1');
    expect(() => timers.runAll()).not.toThrow();
    expect(store.getSnapshot().questions['dpa-q1']).toBeDefined();
    expect(store.status()).toMatchObject({
      persistence: 'memory-only',
      storage: 'full',
      unsavedChanges: true,
    });
  });

  it('keeps working in memory when localStorage access throws SecurityError', () => {
    const timers = manualTimers();
    const slot = createStorageSlot(() => {
      throw securityError();
    });
    const store = createProgressStore({ storageKey: TEST_KEY, slot, timers });
    expect(() => answer(store as never, 'dpa-q1')).not.toThrow();
    timers.runAll();
    expect(store.getSnapshot().questions['dpa-q1']).toBeDefined();
    expect(store.status()).toMatchObject({ persistence: 'memory-only', storage: 'blocked' });
  });

  it('keeps working in memory when there is no localStorage at all', () => {
    const store = createProgressStore({
      storageKey: TEST_KEY,
      slot: createStorageSlot(() => null),
      timers: manualTimers(),
    });
    store.markDone('unit-1/overview', true);
    store.flush();
    expect(store.status()).toMatchObject({ persistence: 'memory-only', storage: 'unavailable' });
  });

  it('writes the full state with the next save once storage works again', () => {
    const { store, storage, timers } = setupStore();
    storage.failWrites = QUOTA_ERRORS['Chrome (DOMException QuotaExceededError)']!;
    answer(store, 'dpa-q1');
    timers.runAll();
    answer(store, 'dpa-q2');
    timers.runAll();
    storage.failWrites = null;
    answer(store, 'dpa-q3');
    timers.runAll();
    expect(Object.keys((storedEnvelope(storage) as { questions: object }).questions)).toEqual([
      'dpa-q1',
      'dpa-q2',
      'dpa-q3',
    ]);
    expect(store.status().persistence).toBe('saved');
  });

  it('does not overwrite progress it could not read while storage was blocked', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(fullCourseProgress()));
    storage.failReads = securityError;
    const { store, timers } = setupStore(storage);
    answer(store, 'dpa-q1');
    storage.failReads = null;
    timers.runAll();
    expect(Object.keys((storedEnvelope(storage) as { questions: object }).questions)).toHaveLength(121);
  });
});

describe('unreadable, newer and older data', () => {
  it.each([
    ['damaged JSON', '{"version":2,"questions":{'],
    ['the wrong shape', '{"version":2,"questions":"nope"}'],
  ])('moves %s to a backup key, says so, and offers its text for download', (_, raw) => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, raw);
    const { store, timers } = setupStore(storage);
    const status = store.status();
    expect(status.backupKey).toMatch(/^wcmai-progress:\/military-ai\/:backup:\d+$/);
    expect(status.backupReason).toMatch(/saved data/);
    expect(storage.data.get(status.backupKey!)).toBe(raw);
    expect(store.backupText()).toBe(raw);
    answer(store, 'dpa-q1');
    timers.runAll();
    expect(storage.data.get(status.backupKey!)).toBe(raw);
    expect(storedEnvelope(storage)).toMatchObject({ version: PROGRESS_VERSION });
  });

  it('never loses damaged data when even the backup cannot be written', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, 'garbage{');
    storage.failWrites = QUOTA_ERRORS['Firefox (NS_ERROR_DOM_QUOTA_REACHED, 1014)']!;
    const { store, timers } = setupStore(storage);
    answer(store, 'dpa-q1');
    timers.runAll();
    expect(storage.data.get(TEST_KEY)).toBe('garbage{');
    expect(store.backupText()).toBe('garbage{');
    expect(store.status().persistence).toBe('memory-only');
  });

  it('leaves data from a newer version untouched and says progress is read-only', () => {
    const newer = JSON.stringify({ version: 99, whatever: ['kept', 'as', 'is'] });
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, newer);
    const { store, timers } = setupStore(storage);
    answer(store, 'dpa-q1');
    store.reset();
    timers.runAll();
    store.flush();
    expect(storage.data.get(TEST_KEY)).toBe(newer);
    expect(storage.setItemCalls).toBe(0);
    expect(store.status()).toMatchObject({ persistence: 'read-only-newer-version', newerVersion: 99 });
  });

  it('migrates v0 data and writes it back in the current version', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(v0Fixture));
    const { store, timers } = setupStore(storage);
    expect(store.getSnapshot().questions['dpa-tools']).toMatchObject({ fraction: 0.5 });
    expect(store.status().migratedFrom).toBe(0);
    timers.runAll();
    expect(storedEnvelope(storage)).toMatchObject({
      version: PROGRESS_VERSION,
      questions: { 'dpa-tools': { hash: '' } },
    });
  });

  it('migrates v1 data, writes it back as the current version, and keeps the v1 text nowhere it could be lost', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(v1Export));
    const { store, timers } = setupStore(storage);
    expect(store.status().migratedFrom).toBe(1);
    expect(store.getSnapshot().quizzes['dpa-basics']?.attempts).toEqual(
      v1Export.quizzes['dpa-basics'].attempts,
    );
    timers.runAll();
    expect(storedEnvelope(storage)).toMatchObject({
      version: PROGRESS_VERSION,
      questions: v1Export.questions,
      review: { 'dpa-title-i-purpose': { grade: 3 } },
      quizzes: { 'dpa-basics': { current: { mode: 'practice', number: 2 } } },
    });
  });
});
