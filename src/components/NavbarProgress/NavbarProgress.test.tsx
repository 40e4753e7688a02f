import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { gradeOf, setupStore, singleResponse } from '@site/src/progress/testHelpers';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import ContinueLearning from '../ContinueLearning';
import NavbarProgress from '.';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));

const HASH = '0a1b2c3d4e5f60';
const DAY = 86_400_000;

describe('"N to review" in the navbar and on the home page', () => {
  it('appears once a question is due, links to /review, and counts only questions of the course', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const start = Date.UTC(2026, 10, 26, 9);
      vi.setSystemTime(start);
      const { store } = setupStore(undefined, { now: () => Date.now() });
      store.recordAnswer('dpa-basics', 'dpa-q2', singleResponse(1), gradeOf(0), HASH);
      store.recordAnswer('dpa-basics', 'dpa-q3', singleResponse(0), gradeOf(1), HASH);
      store.recordAnswer('gallery', 'gallery-single', singleResponse(1), gradeOf(0), HASH);
      render(
        <ProgressStoreContext.Provider value={store}>
          <NavbarProgress />
          <ContinueLearning />
        </ProgressStoreContext.Provider>,
      );
      expect(screen.queryByRole('link', { name: /to review/ })).toBeNull();
      // A day later the missed question is due; the clock is read again every minute.
      act(() => vi.advanceTimersByTime(DAY));
      expect(screen.getAllByRole('link', { name: '1 to review' }).map((a) => a.getAttribute('href'))).toEqual(
        ['/review', '/review'],
      );
      expect(screen.getByText(/^1 question from earlier lessons is due for review/)).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(2 * DAY));
      expect(screen.getAllByRole('link', { name: '2 to review' })).toHaveLength(2);
      expect(screen.getByRole('link', { name: /^Your progress: \d+%$/ })).toHaveAttribute(
        'href',
        '/progress',
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
