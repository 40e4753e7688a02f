// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImportFile } from './exportImport';
import v1Export from './fixtures/progress-v1-export.json';
import type { CourseManifest } from './manifest';
import type { ProgressStore } from './store';
import {
  FakeStorage,
  fullCourseProgress,
  gradeOf,
  setupStore,
  singleResponse,
  TEST_KEY,
} from './testHelpers';

const manifest: CourseManifest = {
  lessons: [{ docId: 'unit-1-two-levers/overview', quizIds: [] }],
  quizzes: [{ quizId: 'dpa-basics', questionIds: ['dpa-title-i-purpose', 'dpa-q1'] }],
};
const answer = (store: ProgressStore, id: string) =>
  store.recordAnswer('dpa-basics', id, singleResponse(0), gradeOf(1), 'abc');

/** The import flow as the page runs it: parse, and only a valid file reaches the store. */
function tryImport(store: ProgressStore, text: string, byteLength = text.length) {
  const parsed = parseImportFile(text, byteLength);
  return parsed.ok ? store.importProgress(parsed.envelope, 'merge', manifest) : parsed.reason;
}

describe('reset and undo', () => {
  it('clears progress, and Undo brings it back together with anything recorded since', () => {
    const { store } = setupStore();
    answer(store, 'dpa-q1');
    const undo = store.reset();
    expect(store.getSnapshot().questions).toEqual({});
    answer(store, 'dpa-q2');
    undo();
    expect(Object.keys(store.getSnapshot().questions).sort()).toEqual(['dpa-q1', 'dpa-q2']);
    store.reset();
    undo();
    expect(store.getSnapshot().questions).toEqual({});
  });
});

describe('import through the store', () => {
  it('merges a valid file, reports per item, and Undo restores the state from before', () => {
    const { store, timers, storage } = setupStore();
    answer(store, 'dpa-q1');
    timers.runAll();
    const result = tryImport(store, JSON.stringify(v1Export));
    if (typeof result === 'string') throw new Error(result);
    expect(result.report.summary).toBe(
      '1 answer imported, 1 attempt imported, 1 unfinished attempt imported, 1 lesson imported, 1 review schedule imported, 2 skipped: quiz no longer exists (1), lesson no longer exists (1)',
    );
    expect(store.getSnapshot().questions).toHaveProperty('dpa-title-i-purpose');
    result.undo();
    timers.runAll();
    expect(Object.keys(store.getSnapshot().questions)).toEqual(['dpa-q1']);
    expect(Object.keys(JSON.parse(storage.data.get(TEST_KEY)!).questions)).toEqual(['dpa-q1']);
  });

  it('replaces progress when asked, and Undo puts every answer back', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(fullCourseProgress()));
    const { store } = setupStore(storage);
    const parsed = parseImportFile(JSON.stringify(v1Export), 1000);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { undo } = store.importProgress(parsed.envelope, 'replace', manifest);
    expect(Object.keys(store.getSnapshot().questions)).toEqual(['dpa-title-i-purpose']);
    undo();
    expect(Object.keys(store.getSnapshot().questions)).toHaveLength(120);
  });

  it.each([
    ['prototype pollution', '{"__proto__":{"polluted":1},"version":2,"questions":{"__proto__":{}}}'],
    ['truncated JSON', JSON.stringify(v1Export).slice(0, 100)],
    ['a 10,000-deep array', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['a future version', JSON.stringify({ ...v1Export, version: 3 })],
    ['a CSV renamed .json', 'quiz,score\ndpa,80'],
    ['an empty file', ''],
    ['a file over 1 MB', JSON.stringify(v1Export), 2 * 1024 * 1024],
  ])('changes nothing for %s: storage stays byte-identical', (_, text, size?: number) => {
    const { store, storage, timers } = setupStore();
    answer(store, 'dpa-q1');
    timers.runAll();
    const before = {
      text: storage.data.get(TEST_KEY),
      snapshot: store.getSnapshot(),
      writes: storage.setItemCalls,
    };
    expect(typeof tryImport(store, text, size)).toBe('string');
    timers.runAll();
    store.flush();
    expect(storage.data.get(TEST_KEY)).toBe(before.text);
    expect(storage.setItemCalls).toBe(before.writes);
    expect(store.getSnapshot()).toBe(before.snapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
