/**
 * Where the quiz meets the progress store: what a learner does in a quiz lands in the store with the
 * manifest's content hash; the server renders a blank quiz and hydration shows the saved attempt
 * without a mismatch; another tab's change appears in the quiz on screen.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import Quiz, { Explanation, Option, Question } from '@site/src/components/Quiz';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import { setupStore, twoTabs } from '@site/src/progress/testHelpers';
import type { ProgressStore } from '@site/src/progress/store';
import QuizProgressBridge from '.';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});

// The test course's quiz "dpa-basics" holds this question, with content hash 0a1b2c3d4e5f60.
const lesson = (
  <Quiz id="dpa-basics" title="1.1 The Defense Production Act" mode="test" shuffle={false} checkedAtBuild>
    <Question id="dpa-title-i-purpose" type="single">
      <p>Which title sets priorities?</p>
      <Option correct>Title I</Option>
      <Option>Title III</Option>
      <Explanation>
        <p>Title I.</p>
      </Explanation>
    </Question>
  </Quiz>
);
const page = (store: ProgressStore | null) => (
  <ProgressStoreContext.Provider value={store}>
    <QuizProgressBridge>{lesson}</QuizProgressBridge>
  </ProgressStoreContext.Provider>
);
const titleI = () => screen.getByRole('radio', { name: 'Title I' });

describe('QuizProgressBridge', () => {
  it('saves every answer and the finished attempt in the store, with the manifest’s content hash', async () => {
    const user = userEvent.setup();
    const { store } = setupStore();
    render(page(store));
    await user.click(titleI());
    const current = store.getSnapshot().quizzes['dpa-basics']?.current;
    expect(current?.questions['dpa-title-i-purpose']).toMatchObject({
      response: { type: 'single', choice: 0 },
      hash: '0a1b2c3d4e5f60',
    });
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(store.getSnapshot().quizzes['dpa-basics']?.attempts).toMatchObject([
      { mode: 'test', percent: 100, passed: true, passMark: 80 },
    ]);
    expect(store.getSnapshot().questions['dpa-title-i-purpose']).toMatchObject({
      correct: true,
      hash: '0a1b2c3d4e5f60',
    });
  });

  it('renders a blank quiz on the server, then shows the saved attempt after hydration without a mismatch', async () => {
    const { store } = setupStore();
    store.updateQuiz('dpa-basics', () => ({
      attempt: {
        id: 'saved-1',
        number: 1,
        mode: 'test',
        startedAt: 1,
        updatedAt: 2,
        questions: {
          'dpa-title-i-purpose': { response: { type: 'single', choice: 1 }, hash: '0a1b2c3d4e5f60' },
        },
      },
      answers: [],
      finished: null,
    }));
    const html = renderToString(page(null));
    expect(html).not.toMatch(/checked=""/);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, page(store), { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(within(container).getByRole('radio', { name: 'Title III' })).toBeChecked();
    expect(within(container).getByRole('button', { name: /^Test/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => root.unmount());
    container.remove();
  });

  it('shows another tab’s answer in the quiz on screen', () => {
    const world = twoTabs();
    render(page(world.tabs.A));
    act(() => {
      world.tabs.B.updateQuiz('dpa-basics', () => ({
        attempt: {
          id: 'from-b',
          number: 1,
          mode: 'test',
          startedAt: 1,
          updatedAt: 2,
          questions: {
            'dpa-title-i-purpose': { response: { type: 'single', choice: 0 }, hash: '0a1b2c3d4e5f60' },
          },
        },
        answers: [],
        finished: null,
      }));
      world.settle();
    });
    expect(titleI()).toBeChecked();
  });
});
