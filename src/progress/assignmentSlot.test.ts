import { describe, expect, it } from 'vitest';
import { assignmentKeyFor, assignmentSlot } from './assignmentSlot';
import { createStorageSlot } from './storageSlot';
import { FakeStorage } from './testHelpers';

describe('assignmentSlot', () => {
  it('keeps the payload under its own key, apart from progress', () => {
    const storage = new FakeStorage();
    const slot = assignmentSlot(
      '/course/',
      createStorageSlot(() => storage),
    );
    slot.write('a1.abc.12345678');
    expect(storage.data.get(assignmentKeyFor('/course/'))).toBe('a1.abc.12345678');
    expect(slot.read()).toBe('a1.abc.12345678');
    slot.clear();
    expect(slot.read()).toBeNull();
  });

  it('never throws when storage is blocked, and ignores implausibly long text', () => {
    const blocked = assignmentSlot(
      '/',
      createStorageSlot(() => {
        throw new DOMException('blocked', 'SecurityError');
      }),
    );
    expect(() => blocked.write('a1.x.y')).not.toThrow();
    expect(blocked.read()).toBe('a1.x.y');
    const storage = new FakeStorage();
    storage.data.set(assignmentKeyFor('/'), 'x'.repeat(20_000));
    expect(
      assignmentSlot(
        '/',
        createStorageSlot(() => storage),
      ).read(),
    ).toBeNull();
  });
});

describe('the pending link', () => {
  it('waits under a key of its own, so it never touches the saved assignment', () => {
    const storage = new FakeStorage();
    const slot = createStorageSlot(() => storage);
    const saved = assignmentSlot('/', slot);
    const pending = assignmentSlot('/', slot, 'pending');
    saved.write('a1.good.12345678');
    pending.write('a1.damaged.00000000');
    expect(saved.read()).toBe('a1.good.12345678');
    expect(storage.data.get(assignmentKeyFor('/', 'pending'))).toBe('a1.damaged.00000000');
    pending.clear();
    expect(saved.read()).toBe('a1.good.12345678');
  });
});
