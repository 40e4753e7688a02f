import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '@site/src/progress/schema';
import {
  FakeStorage,
  QUOTA_ERRORS,
  gradeOf,
  setupStore,
  singleResponse,
  TEST_KEY,
} from '@site/src/progress/testHelpers';
import {
  catchDownloads,
  expectNoAxeViolations,
  recordSampleProgress,
  renderDashboard,
  storeState,
} from './testDashboard';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));
vi.mock('../Certificate/siteInfo', () => ({
  useCertificateSite: () => ({ course: 'Who Controls Military AI?', checkPath: '/certificate' }),
}));

afterEach(() => vi.restoreAllMocks());
// Each test drives a whole page with user-event and one runs axe: allow for a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe('ProgressDashboard storage status', () => {
  it('says progress is saved in this browser and what the browser answered about keeping it', async () => {
    const setup = setupStore(new FakeStorage(), { onPersistRequest: () => Promise.resolve(true) });
    renderDashboard(setup);
    expect(screen.getByText(/^Your progress is saved in this browser/)).toBeInTheDocument();
    expect(screen.getByText(/has not asked your browser to keep this data yet/)).toBeInTheDocument();
    await act(async () =>
      setup.store.recordAnswer('start-here', 'sh-q1', singleResponse(0), gradeOf(1), 'a'),
    );
    expect(await screen.findByText(/^Your browser agreed to keep this data/)).toBeInTheDocument();
  });

  it('says plainly when the browser may clear the data', async () => {
    const setup = setupStore(new FakeStorage(), { onPersistRequest: () => Promise.resolve(false) });
    renderDashboard(setup);
    await act(async () =>
      setup.store.recordAnswer('start-here', 'sh-q1', singleResponse(0), gradeOf(1), 'a'),
    );
    expect(
      await screen.findByText(/^Your browser may clear this data if space runs low/),
    ).toBeInTheDocument();
  });

  it('warns when progress is kept in memory only, and offers an export', async () => {
    const storage = new FakeStorage();
    storage.failWrites = QUOTA_ERRORS['Chrome (DOMException QuotaExceededError)']!;
    const setup = setupStore(storage);
    recordSampleProgress(setup.store);
    setup.timers.runAll();
    const downloads = catchDownloads();
    const { user, container } = renderDashboard(setup);
    expect(screen.getByText(/not being saved on this device \(memory only\)/)).toHaveTextContent(
      /storage .* is full/,
    );
    expect(screen.queryByText(/keep this data/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export a copy now' }));
    expect(downloads.files).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('says progress is read-only when a newer version of the site saved it', () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify({ ...emptyProgress(1), version: 9 }));
    renderDashboard(setupStore(storage));
    expect(screen.getByText(/read-only here, because it was saved by a newer version/)).toHaveTextContent(
      '(format 9)',
    );
  });

  it('keeps unreadable saved data aside and lets the learner download it', async () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, '{"version":1,"questions":');
    const setup = setupStore(storage);
    const downloads = catchDownloads();
    const { user } = renderDashboard(setup);
    expect(screen.getByText(/could not be read .*kept aside instead of being deleted/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    expect(downloads.files[0]!.name).toBe('who-controls-military-ai-progress-unreadable-2026-11-26.txt');
    expect(await downloads.textOf(0)).toBe('{"version":1,"questions":');
    expect(storeState(setup).snapshot.questions).toEqual({});
  });
});
