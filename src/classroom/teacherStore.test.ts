import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStorageSlot } from '@site/src/progress/storageSlot';
import { teacherKeyFor, teacherSlot } from '@site/src/progress/teacherSlot';
import { FakeStorage, QUOTA_ERRORS, securityError } from '@site/src/progress/testHelpers';
import { encodeAssignment } from './assignment';
import { payloadId, type TeacherData } from './teacherData';
import { createTeacherStore } from './teacherStore';
import { draft } from './testFixtures';

const storeOver = (storage: FakeStorage, now = () => 1_000) =>
  createTeacherStore(
    teacherSlot(
      '/',
      createStorageSlot(() => storage),
    ),
    now,
  );
const payloads = [0, 1, 2].map((n) => encodeAssignment({ ...draft, title: `Week ${n}` }).payload);
const ids = payloads.map(payloadId);
const source = (label: string) => ({ label, text: `WCMAI2.${label}.00000000`, byteLength: 20 });

describe('teacher data in this browser', () => {
  it('keeps assignments and submissions across a reload, under its own key', () => {
    const storage = new FakeStorage();
    const store = storeOver(storage);
    store.saveAssignment(payloads[0]!);
    store.saveAssignment(payloads[1]!);
    store.addSources(ids[0]!, [source('ana.json'), source('Code 1')]);
    const reloaded = storeOver(storage).getSnapshot();
    expect(reloaded.data.assignments.map((entry) => entry.payload)).toEqual([payloads[1], payloads[0]]);
    expect(reloaded.data.submissions[ids[0]!]?.map((entry) => entry.label)).toEqual(['ana.json', 'Code 1']);
    expect([...storage.data.keys()]).toEqual([teacherKeyFor('/')]);
    expect(reloaded.health).toBe('ok');
  });

  it('keeps working in memory and says so when storage is full or blocked', () => {
    for (const fail of [...Object.values(QUOTA_ERRORS), securityError]) {
      const storage = new FakeStorage();
      const store = storeOver(storage);
      storage.failWrites = fail;
      expect(() => store.saveAssignment(payloads[0]!)).not.toThrow();
      expect(store.getSnapshot().data.assignments).toHaveLength(1);
      expect(store.getSnapshot().health).toMatch(/full|blocked/);
      storage.failWrites = null;
      store.addSources(ids[0]!, [source('late.json')]);
      // The next write that succeeds brings storage up to date.
      expect(storeOver(storage).getSnapshot().data.assignments).toHaveLength(1);
      expect(store.getSnapshot().health).toBe('ok');
    }
  });

  it('sets unreadable data aside instead of deleting it', () => {
    const storage = new FakeStorage();
    storage.data.set(teacherKeyFor('/'), '{"version":1,"assignments":"oops"');
    const snapshot = storeOver(storage).getSnapshot();
    expect(snapshot.data.assignments).toEqual([]);
    expect(snapshot.setAsideKey).toMatch(/^wcmai-teacher:\/:backup:/);
    expect(storage.data.get(snapshot.setAsideKey!)).toBe('{"version":1,"assignments":"oops"');
  });

  it('exports a copy with ISO times, and clears everything', () => {
    const storage = new FakeStorage();
    const store = storeOver(storage, () => Date.UTC(2026, 11, 10, 9));
    store.saveAssignment(payloads[0]!);
    const file = store.exportFile();
    expect(file.filename).toBe('teacher-data-2026-12-10.json');
    expect(JSON.parse(file.text)).toMatchObject({
      kind: 'wcmai-teacher-data',
      exportedAt: '2026-12-10T09:00:00.000Z',
      assignments: [{ payload: payloads[0], savedAt: '2026-12-10T09:00:00.000Z' }],
    });
    store.clearAll();
    expect(store.getSnapshot().data.assignments).toEqual([]);
    expect(storage.data.size).toBe(0);
  });

  it('always holds what the teacher did, whatever the order of actions and storage failures', () => {
    type Action =
      | { kind: 'save' | 'remove' | 'add' | 'clear'; n: number }
      | { kind: 'clearAll' | 'reload' | 'storageFails' | 'storageWorks' };
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({ kind: fc.constantFrom('save', 'remove', 'add', 'clear' as const), n: fc.nat(2) }),
      fc.record({ kind: fc.constantFrom('clearAll', 'reload', 'storageFails', 'storageWorks' as const) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const storage = new FakeStorage();
        let store = storeOver(storage);
        // The model: what the teacher should see.
        let model: { assignments: string[]; sources: Record<string, string[]> } = {
          assignments: [],
          sources: {},
        };
        let label = 0;
        let failing = false;
        for (const step of actions) {
          const n = 'n' in step ? step.n : 0;
          const id = ids[n]!;
          if (step.kind === 'save') {
            store.saveAssignment(payloads[n]!);
            if (!model.assignments.includes(payloads[n]!))
              model.assignments = [payloads[n]!, ...model.assignments];
          } else if (step.kind === 'remove') {
            store.removeAssignment(id);
            model.assignments = model.assignments.filter((p) => p !== payloads[n]);
            model.sources = Object.fromEntries(Object.entries(model.sources).filter(([key]) => key !== id));
          } else if (step.kind === 'add') {
            const name = `file-${label++}.json`;
            store.addSources(id, [source(name)]);
            model.sources[id] = [...(model.sources[id] ?? []), name];
          } else if (step.kind === 'clear') {
            store.clearSources(id);
            model.sources[id] = [];
          } else if (step.kind === 'clearAll') {
            store.clearAll();
            model = { assignments: [], sources: {} };
          } else if (step.kind === 'reload') {
            // Leaving the page flushes; a reload then keeps what reached storage. While storage
            // fails, the data lives in this page only, so the test keeps the page open instead.
            store.flush();
            if (!failing) store = storeOver(storage);
          } else {
            failing = step.kind === 'storageFails';
            storage.failWrites = failing ? QUOTA_ERRORS['Chrome (DOMException QuotaExceededError)']! : null;
          }
          const { data, health } = store.getSnapshot();
          expect(data.assignments.map((entry) => entry.payload)).toEqual(model.assignments);
          const labels = (d: TeacherData) =>
            Object.fromEntries(
              Object.entries(d.submissions).map(([key, list]) => [key, list.map((s) => s.label)]),
            );
          expect(labels(data)).toEqual(model.sources);
          // Honest health: "ok" means a reload would show exactly this; anything else is "full"
          // here, and lasts until a write succeeds.
          if (health === 'ok') expect(storeOver(storage).getSnapshot().data).toEqual(data);
          else expect(health).toBe('full');
        }
      }),
      { numRuns: 300 },
    );
  });
});
