import { act, render, screen } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createStorageSlot } from './storageSlot';
import { createProgressStore, type ProgressStore } from './store';
import { FakeStorage, fullCourseProgress, manualTimers, TEST_KEY } from './testHelpers';
import { ProgressStoreContext, useProgress, useProgressSelector } from './useProgress';

function Answers() {
  const { progress, status } = useProgress();
  return createElement('p', null, `${Object.keys(progress.questions).length} answers, ${status.persistence}`);
}

const withStore = (store: ProgressStore | null, child: ReactNode) =>
  createElement(ProgressStoreContext.Provider, { value: store }, child);

function storeWithCourse() {
  const storage = new FakeStorage();
  storage.data.set(TEST_KEY, JSON.stringify(fullCourseProgress()));
  return createProgressStore({
    storageKey: TEST_KEY,
    slot: createStorageSlot(() => storage),
    timers: manualTimers(),
  });
}

describe('useProgress', () => {
  it('renders "no progress" on the server, whatever is stored', () => {
    const html = renderToString(withStore(storeWithCourse(), createElement(Answers)));
    expect(html).toContain('0 answers, saved');
  });

  it('shows stored progress in the browser and updates on every change', () => {
    const store = storeWithCourse();
    render(withStore(store, createElement(Answers)));
    expect(screen.getByText('120 answers, saved')).toBeInTheDocument();
    act(() => store.reset());
    expect(screen.getByText('0 answers, saved')).toBeInTheDocument();
  });

  it('hydrates the server HTML without a mismatch, then shows the stored progress', async () => {
    const store = storeWithCourse();
    const app = withStore(store, createElement(Answers));
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, app, { onRecoverableError }));
    expect(container.textContent).toBe('120 answers, saved');
    expect(onRecoverableError).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });

  it('renders empty progress while the provider has no store (server rendering)', () => {
    render(withStore(null, createElement(Answers)));
    expect(screen.getByText('0 answers, saved')).toBeInTheDocument();
  });

  it('says how to wire it when no provider is present', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(createElement(Answers));
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^\[progress\] .*ProgressStoreContext\.Provider/),
    );
    error.mockRestore();
  });
});

describe('useProgressSelector', () => {
  it('re-renders a view only when the part it selects changes', () => {
    const store = createProgressStore({
      storageKey: TEST_KEY,
      slot: createStorageSlot(() => new FakeStorage()),
      timers: manualTimers(),
    });
    let renders = 0;
    function Visited() {
      renders++;
      const visited = useProgressSelector(
        (progress) => progress.lessons['unit-1/a']?.visitedAt !== undefined,
      );
      return createElement('p', null, visited ? 'visited' : 'not visited');
    }
    render(withStore(store, createElement(Visited)));
    expect(screen.getByText('not visited')).toBeInTheDocument();
    const before = renders;
    act(() => store.markVisited('unit-1/b', '/docs/unit-1/b', 'B'));
    expect(renders).toBe(before);
    act(() => store.markVisited('unit-1/a', '/docs/unit-1/a', 'A'));
    expect(screen.getByText('visited')).toBeInTheDocument();
  });

  it('selects from empty progress on the server', () => {
    const html = renderToString(
      withStore(
        storeWithCourse(),
        createElement(
          () => `${useProgressSelector((progress) => Object.keys(progress.questions).length)} answers`,
        ),
      ),
    );
    expect(html).toContain('0 answers');
  });
});
