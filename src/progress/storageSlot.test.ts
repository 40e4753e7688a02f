import { describe, expect, it } from 'vitest';
import { classifyStorageError, createStorageSlot, isQuotaError } from './storageSlot';
import { FakeStorage, QUOTA_ERRORS, securityError } from './testHelpers';

describe('isQuotaError', () => {
  it.each(Object.entries(QUOTA_ERRORS))('recognises %s', (_, make) => {
    expect(isQuotaError(make())).toBe(true);
    expect(classifyStorageError(make())).toBe('full');
  });

  it('does not mistake other errors for a full storage', () => {
    for (const error of [securityError(), new TypeError('x'), null, 'quota?', 22]) {
      expect(isQuotaError(error)).toBe(false);
    }
    expect(classifyStorageError(securityError())).toBe('blocked');
  });
});

describe('createStorageSlot', () => {
  it('reads, writes and removes through working storage', () => {
    const storage = new FakeStorage();
    const slot = createStorageSlot(() => storage);
    expect(slot.write('k', 'v')).toBe('ok');
    expect(storage.data.get('k')).toBe('v');
    expect(slot.read('k')).toEqual({ value: 'v', health: 'ok' });
    expect(slot.remove('k')).toBe('ok');
    expect(slot.read('k')).toEqual({ value: null, health: 'ok' });
  });

  it('keeps values in memory when there is no storage at all', () => {
    const slot = createStorageSlot(() => null);
    expect(slot.write('k', 'v')).toBe('unavailable');
    expect(slot.read('k')).toEqual({ value: 'v', health: 'unavailable' });
  });

  it('never throws when reading window.localStorage itself throws SecurityError', () => {
    const slot = createStorageSlot(() => {
      throw securityError();
    });
    expect(slot.read('k')).toEqual({ value: null, health: 'blocked' });
    expect(slot.write('k', 'v')).toBe('blocked');
    expect(slot.read('k').value).toBe('v');
    expect(slot.remove('k')).toBe('blocked');
    expect(slot.read('k').value).toBeNull();
  });

  it('falls back to the last known value when getItem throws', () => {
    const storage = new FakeStorage();
    storage.data.set('k', 'stored');
    const slot = createStorageSlot(() => storage);
    expect(slot.read('k').value).toBe('stored');
    storage.failReads = securityError;
    expect(slot.read('k')).toEqual({ value: 'stored', health: 'blocked' });
  });

  it.each(Object.entries(QUOTA_ERRORS))(
    'reports full until a value is saved when setItem throws %s',
    (_, make) => {
      const storage = new FakeStorage();
      storage.data.set('k', 'old');
      const slot = createStorageSlot(() => storage);
      storage.failWrites = make;
      expect(slot.write('k', 'new')).toBe('full');
      // Reads still say what storage holds (another tab may have written it); health stays "full".
      expect(slot.read('k')).toEqual({ value: 'old', health: 'ok' });
      expect(slot.health()).toBe('full');
      storage.failWrites = null;
      expect(slot.write('other', 'x')).toBe('ok');
      expect(storage.data.get('k')).toBe('new');
      expect(slot.health()).toBe('ok');
    },
  );

  it('treats legacy Safari private mode (quota 0: even a tiny setItem fails) as full', () => {
    const storage = new FakeStorage();
    storage.failWrites = () => new DOMException('QuotaExceededError: DOM Exception 22', 'QuotaExceededError');
    const slot = createStorageSlot(() => storage);
    expect(slot.read('k').health).toBe('ok');
    expect(slot.write('k', '')).toBe('full');
  });

  it('writes everything still pending, oldest first, once storage works again', () => {
    const storage = new FakeStorage();
    storage.data.set('main', 'damaged');
    const slot = createStorageSlot(() => storage);
    const order: (string | null)[] = [];
    storage.onChange = (key) => order.push(key);
    storage.failWrites = QUOTA_ERRORS['Chrome (DOMException QuotaExceededError)']!;
    slot.write('main:backup', 'damaged');
    slot.remove('main');
    slot.write('main', 'fresh');
    expect(storage.data.get('main')).toBe('damaged');
    storage.failWrites = null;
    expect(slot.write('other', 'x')).toBe('ok');
    expect(order).toEqual(['main:backup', 'main', 'other']);
    expect(Object.fromEntries(storage.data)).toEqual({ 'main:backup': 'damaged', main: 'fresh', other: 'x' });
  });
});
