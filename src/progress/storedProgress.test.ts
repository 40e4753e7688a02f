// @vitest-environment node
import { describe, expect, it } from 'vitest';
import v0Fixture from './fixtures/progress-v0.json';
import { createStorageSlot } from './storageSlot';
import { backupKeyFor, interpretStored, moveToBackup } from './storedProgress';
import { FakeStorage } from './testHelpers';

describe('interpretStored', () => {
  it('tells empty, current, migrated, newer and unreadable data apart', () => {
    expect(interpretStored(null)).toEqual({ kind: 'empty' });
    expect(interpretStored(JSON.stringify(v0Fixture))).toMatchObject({ kind: 'ok', migratedFrom: 0 });
    expect(
      interpretStored('{"version":3,"updatedAt":0,"questions":{},"quizzes":{},"lessons":{},"review":{}}'),
    ).toMatchObject({
      kind: 'ok',
      migratedFrom: undefined,
    });
    expect(interpretStored('{"version":4}')).toEqual({ kind: 'newer', version: 4, raw: '{"version":4}' });
    expect(interpretStored('{oops')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/not valid JSON/),
    });
    expect(interpretStored('{"version":3}')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/wrong shape/),
    });
  });
});

describe('moveToBackup', () => {
  it('copies the text to a timestamped key, then clears the main key', () => {
    const storage = new FakeStorage();
    storage.data.set('main', 'bad');
    const key = moveToBackup(
      createStorageSlot(() => storage),
      'main',
      'bad',
      42,
    );
    expect(key).toBe(backupKeyFor('main', 42));
    expect(Object.fromEntries(storage.data)).toEqual({ 'main:backup:42': 'bad' });
  });

  it('never overwrites an earlier backup made in the same millisecond', () => {
    const storage = new FakeStorage();
    storage.data.set('main:backup:42', 'first');
    const key = moveToBackup(
      createStorageSlot(() => storage),
      'main',
      'second',
      42,
    );
    expect(key).toBe('main:backup:42-1');
    expect(storage.data.get('main:backup:42')).toBe('first');
  });
});
