import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserProgressStore } from './browserStore';
import { storageKeyFor } from './store';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

const record = (baseUrl: string) =>
  browserProgressStore(baseUrl)!.recordAnswer(
    'dpa-basics',
    'dpa-q1',
    { type: 'truefalse', value: true },
    {
      fraction: 1,
      earned: 1,
      possible: 1,
      correct: true,
      parts: { type: 'truefalse', chosen: true, answer: true },
    },
    'abc',
  );

describe('browserProgressStore', () => {
  it('shares one store per site and keeps two sites on one origin apart', () => {
    expect(browserProgressStore('/course-a/')).toBe(browserProgressStore('/course-a/'));
    expect(browserProgressStore('/course-a/')).not.toBe(browserProgressStore('/course-b/'));
  });

  it('saves pending changes when the page is hidden or left', () => {
    record('/hide/');
    expect(localStorage.getItem(storageKeyFor('/hide/'))).toBeNull();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(localStorage.getItem(storageKeyFor('/hide/'))).toContain('dpa-q1');
    record('/leave/');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(storageKeyFor('/leave/'))).toContain('dpa-q1');
  });

  it('picks up another tab’s write from the storage event', () => {
    const store = browserProgressStore('/tabs/')!;
    expect(store.getSnapshot().questions).toEqual({});
    const key = storageKeyFor('/tabs/');
    const other = {
      version: 1,
      updatedAt: 5,
      questions: {},
      quizzes: {},
      lessons: { 'unit-1/intro': { visitedAt: 5 } },
    };
    localStorage.setItem(key, JSON.stringify(other));
    window.dispatchEvent(
      new StorageEvent('storage', { key, newValue: JSON.stringify(other), storageArea: localStorage }),
    );
    expect(store.getSnapshot().lessons).toEqual({ 'unit-1/intro': { visitedAt: 5 } });
  });

  it('asks the browser to keep storage only when it does not already', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persist, persisted: async () => false },
    });
    record('/persist/');
    await vi.waitFor(() =>
      expect(browserProgressStore('/persist/')!.status().persistRequest).toBe('granted'),
    );
    expect(persist).toHaveBeenCalledTimes(1);
    Reflect.deleteProperty(navigator, 'storage');
  });
});
