import { act, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, fullCourseProgress, setupStore, TEST_KEY } from '@site/src/progress/testHelpers';
import { PROGRESS_VERSION } from '@site/src/progress/schema';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import ProgressDashboard from '.';
import {
  catchDownloads,
  expectNoAxeViolations,
  NOW,
  recordSampleProgress,
  renderDashboard,
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
// Each test drives a whole page with user-event and some run axe: allow for a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const DAY = 24 * 60 * 60 * 1000;
const table = () => screen.getByRole('table', { name: 'Your results for each quiz' });
const tableRows = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
const overallBar = () => screen.getByRole('progressbar', { name: /^Overall:/ });

describe('ProgressDashboard', () => {
  it('shows the "no progress yet" state with every course quiz not tried', async () => {
    const { container } = renderDashboard();
    expect(screen.getByText(/^No progress yet\./)).toBeInTheDocument();
    expect(overallBar()).toHaveAccessibleName('Overall: 0% complete');
    expect(overallBar()).toHaveAttribute('value', '0');
    expect(screen.getByRole('progressbar', { name: 'Unit 1: Two levers' })).toHaveAttribute('max', '2');
    expect(screen.getByText('0 of 2 lessons complete · 0 of 5 questions right')).toBeInTheDocument();
    expect(tableRows()).toEqual([
      ['Start here', '0 of 2 right', 'Not tried', '0', 'Never', 'No'],
      ['The Defense Production Act', '0 of 3 right', 'Not tried', '0', 'Never', 'No'],
      ['Supply-chain risk', '0 of 2 right', 'Not tried', '0', 'Never', 'No'],
    ]);
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Reset my progress' })).toBeDisabled();
    expect(screen.queryByText(/since you saved a copy|not saved a copy/)).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders "no progress yet" on the server and hydrates without a mismatch', async () => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify(fullCourseProgress()));
    const { store } = setupStore(storage);
    recordSampleProgress(store);
    const app = (
      <ProgressStoreContext.Provider value={store}>
        <ProgressDashboard now={() => NOW} />
      </ProgressStoreContext.Provider>
    );
    const html = renderToString(app);
    expect(html).toContain('No progress yet.');
    expect(html).toContain('Overall: <!-- -->0<!-- -->% complete');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, app, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Overall: 50% complete');
    act(() => root.unmount());
    container.remove();
  });

  it('shows answers and attempts: quiz rows, overall and unit percentages, missed questions', async () => {
    const setup = setupStore();
    recordSampleProgress(setup.store);
    const { container } = renderDashboard(setup);
    expect(screen.queryByText(/^No progress yet\./)).not.toBeInTheDocument();
    // DPA passed (1) + Start here half right (0.5) + Supply-chain risk untouched (0), over 3 lessons.
    expect(overallBar()).toHaveAccessibleName('Overall: 50% complete');
    expect(overallBar()).toHaveAttribute('value', '50');
    expect(screen.getByText(/^1 of 3 lessons complete; 1 of 7 questions right\./)).toBeInTheDocument();
    expect(screen.getByText('1 of 2 lessons complete · 0 of 5 questions right')).toBeInTheDocument();
    expect(screen.getByText('0 of 1 lesson complete · 1 of 2 questions right')).toBeInTheDocument();
    expect(tableRows()).toEqual([
      ['Start here', '1 of 2 right (2 answered)', 'Not tried', '0', 'Never', 'No'],
      ['The Defense Production Act', '0 of 3 right', '100%', '2', '26 November 2026', 'Yes'],
      ['Supply-chain risk', '0 of 2 right', 'Not tried', '0', 'Never', 'No'],
      ['One question of each type', '1 of 1 right', 'Not tried', '0', 'Never', 'No'],
    ]);
    expect(
      within(table()).getByRole('rowheader', { name: 'The Defense Production Act' }),
    ).toBeInTheDocument();
    expect(within(table()).getByRole('link', { name: 'The Defense Production Act' })).toHaveAttribute(
      'href',
      '/docs/unit-1-two-levers/01-defense-production-act',
    );
    expect(within(table()).getByText('26 November 2026')).toHaveAttribute(
      'datetime',
      expect.stringMatching(/^2026-11-26T/),
    );
    const missed = screen.getByRole('region', { name: 'Questions you missed most' });
    expect(within(missed).getAllByRole('link')).toHaveLength(1);
    expect(within(missed).getByRole('link', { name: 'Question 1 of “Start here”' })).toHaveAttribute(
      'href',
      '/docs/start-here#question-sh-q1',
    );
    await expectNoAxeViolations(container);
  });

  it('offers to continue on the last page visited, but only on this site', () => {
    const setup = setupStore();
    setup.store.markVisited('start-here', '/docs/start-here', 'Start here');
    const { unmount } = renderDashboard(setup);
    const region = screen.getByRole('region', { name: 'Continue where you left off' });
    expect(within(region).getByRole('link', { name: 'Start here' })).toHaveAttribute(
      'href',
      '/docs/start-here',
    );
    unmount();
    const elsewhere = setupStore();
    elsewhere.store.markVisited('start-here', '//evil.example/docs', 'Start here');
    renderDashboard(elsewhere);
    expect(screen.queryByRole('region', { name: 'Continue where you left off' })).not.toBeInTheDocument();
  });

  it('asks before resetting, clears on confirmation, and Undo brings everything back', async () => {
    const setup = setupStore();
    recordSampleProgress(setup.store);
    const { user, store } = renderDashboard(setup);
    const before = tableRows();
    await user.click(screen.getByRole('button', { name: 'Reset my progress' }));
    const question = screen.getByText('Reset your progress?').closest('p')!;
    expect(question).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Reset my progress' })).toHaveFocus();
    expect(tableRows()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Reset my progress' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset my progress' }));
    expect(screen.getByRole('status')).toHaveTextContent('Progress cleared.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(store.getSnapshot().questions).toEqual({});
    expect(overallBar()).toHaveAccessibleName('Overall: 0% complete');
    expect(screen.getByText(/^No progress yet\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo reset' }));
    expect(screen.getByRole('status')).toHaveTextContent('Your progress is back as it was before the reset.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(tableRows()).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo reset' })).not.toBeInTheDocument();
  });

  it('exports a JSON file, remembers the export and stops reminding', async () => {
    const setup = setupStore();
    recordSampleProgress(setup.store);
    const downloads = catchDownloads();
    const { user, store } = renderDashboard(setup);
    expect(screen.getByText(/You have not saved a copy of your progress yet\./)).toHaveTextContent(
      'Safari may delete data of sites not visited for 7 days',
    );
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(downloads.files.map((file) => file.name)).toEqual([
      'who-controls-military-ai-progress-2026-11-26.json',
    ]);
    const saved = JSON.parse(await downloads.textOf(0));
    expect(saved).toMatchObject({
      version: PROGRESS_VERSION,
      lastExportAt: NOW,
      questions: store.getSnapshot().questions,
    });
    expect(store.getSnapshot().lastExportAt).toBeDefined();
    expect(screen.getByRole('status')).toHaveTextContent(
      /saved as “who-controls-military-ai-progress-2026-11-26\.json”/,
    );
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByText(/not saved a copy/)).not.toBeInTheDocument();
    expect(screen.getByText('You last saved a copy on 26 November 2026.')).toBeInTheDocument();
  });

  it.each([
    ['8 days ago', 8 * DAY, true],
    ['yesterday', DAY, false],
  ])('reminds to export when the last copy was saved %s: %s', (_, age, reminds) => {
    const storage = new FakeStorage();
    storage.data.set(TEST_KEY, JSON.stringify({ ...fullCourseProgress(), lastExportAt: NOW - age }));
    renderDashboard(setupStore(storage));
    const reminder = screen.queryByText(/It has been more than a week since you saved a copy/);
    expect(reminder !== null).toBe(reminds);
  });
});
