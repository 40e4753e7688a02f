// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { PROGRESS_VERSION, type ReviewRecord } from './schema';
import type { ProgressStore } from './store';
import { gradeOf, singleResponse, TEST_KEY, twoTabs } from './testHelpers';

const answer = (store: ProgressStore, id: string, choice = 0) =>
  store.recordAnswer('dpa-basics', id, singleResponse(choice), gradeOf(choice === 0 ? 1 : 0), 'abc');

describe('two tabs', () => {
  it('shows an answer from one tab in the other, which does not write it back', () => {
    const { tabs, shared, settle } = twoTabs();
    tabs.A.getSnapshot();
    tabs.B.getSnapshot();
    const listener = vi.fn();
    tabs.B.subscribe(listener);
    answer(tabs.A, 'dpa-q1');
    const writesBefore = shared.setItemCalls;
    expect(settle()).toBe(1);
    expect(shared.setItemCalls).toBe(writesBefore + 1);
    expect(tabs.B.getSnapshot().questions['dpa-q1']).toBeDefined();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('never lets one tab erase the other: answers given in both survive in both', () => {
    const { tabs, shared, settle } = twoTabs();
    answer(tabs.A, 'dpa-q1');
    answer(tabs.B, 'dpa-q2');
    expect(settle()).toBeLessThanOrEqual(3);
    const stored = JSON.parse(shared.data.get(TEST_KEY)!);
    expect(Object.keys(stored.questions).sort()).toEqual(['dpa-q1', 'dpa-q2']);
    expect(tabs.A.getSnapshot().questions).toEqual(tabs.B.getSnapshot().questions);
  });

  it('keeps the later answer to the same question in every tab', () => {
    const { tabs, settle } = twoTabs();
    answer(tabs.A, 'dpa-q1', 0);
    answer(tabs.B, 'dpa-q1', 2);
    settle();
    for (const tab of [tabs.A, tabs.B])
      expect(tab.getSnapshot().questions['dpa-q1']?.response).toEqual(singleResponse(2));
  });

  it('merges another tab’s write it has not heard about yet before writing', () => {
    const { tabs, queue, shared } = twoTabs();
    answer(tabs.A, 'dpa-q1');
    tabs.A.flush();
    queue.length = 0;
    answer(tabs.B, 'dpa-q2');
    tabs.B.flush();
    expect(Object.keys(JSON.parse(shared.data.get(TEST_KEY)!).questions).sort()).toEqual([
      'dpa-q1',
      'dpa-q2',
    ]);
  });

  it('keeps a reset in one tab from being undone by the other', () => {
    const { tabs, settle } = twoTabs();
    answer(tabs.A, 'dpa-q1');
    settle();
    tabs.B.reset();
    settle();
    expect(tabs.A.getSnapshot().questions).toEqual({});
    answer(tabs.A, 'dpa-q2');
    settle();
    expect(Object.keys(tabs.B.getSnapshot().questions)).toEqual(['dpa-q2']);
  });

  it('goes read-only, without writing, when a tab running newer code saves a newer version', () => {
    const { tabs, shared, settle } = twoTabs();
    answer(tabs.A, 'dpa-q1');
    settle();
    // What a tab still running older code does when this code's version is in storage.
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, migratedByNewerCode: true });
    shared.data.set(TEST_KEY, newer);
    tabs.A.handleStorageEvent({ key: TEST_KEY, newValue: newer });
    answer(tabs.A, 'dpa-q2');
    settle();
    tabs.A.flush();
    expect(shared.data.get(TEST_KEY)).toBe(newer);
    expect(tabs.A.status()).toMatchObject({
      persistence: 'read-only-newer-version',
      newerVersion: PROGRESS_VERSION + 1,
    });
  });

  it('ignores other keys, and writes its progress back when another tab clears storage', () => {
    const { tabs, shared, settle } = twoTabs();
    answer(tabs.A, 'dpa-q1');
    settle();
    const before = tabs.B.getSnapshot();
    tabs.B.handleStorageEvent({ key: 'someone-else', newValue: 'x' });
    expect(tabs.B.getSnapshot()).toBe(before);
    shared.data.clear();
    tabs.B.handleStorageEvent({ key: null, newValue: null });
    settle();
    expect(JSON.parse(shared.data.get(TEST_KEY)!).questions['dpa-q1']).toBeDefined();
  });

  it('keeps a review done in one tab and a lesson answer given in the other, and the later review of a question', () => {
    const { tabs, shared, settle } = twoTabs();
    answer(tabs.A, 'dpa-q1');
    settle();
    const reviewed = (grade: number) => (current: ReviewRecord | undefined, at: number) => ({
      ...current!,
      last: at,
      due: at + 5e8,
      grade,
    });
    tabs.A.updateReview('dpa-q1', reviewed(2));
    answer(tabs.B, 'dpa-q2', 1);
    tabs.B.updateReview('dpa-q1', reviewed(4));
    settle();
    for (const tab of [tabs.A, tabs.B]) {
      expect(tab.getSnapshot().review['dpa-q1']?.grade).toBe(4);
      expect(tab.getSnapshot().review['dpa-q2']?.grade).toBe(1);
    }
    expect(JSON.parse(shared.data.get(TEST_KEY)!).review).toEqual(tabs.A.getSnapshot().review);
  });
});
