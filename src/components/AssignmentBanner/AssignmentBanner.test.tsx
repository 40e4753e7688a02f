import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeAssignment } from '@site/src/classroom/assignment';
import { parseSubmission } from '@site/src/classroom/submission';
import { draft } from '@site/src/classroom/testFixtures';
import { assignmentSlot } from '@site/src/progress/assignmentSlot';
import { createStorageSlot } from '@site/src/progress/storageSlot';
import { FakeStorage, setupStore } from '@site/src/progress/testHelpers';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import AssignmentBanner from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));
vi.setConfig({ testTimeout: 20_000 });

const NOW = Date.UTC(2026, 10, 30, 12);

function renderBanner(hash: string, storage = new FakeStorage()) {
  window.history.replaceState(null, '', `/docs/start-here${hash}`);
  const setup = setupStore();
  const slot = assignmentSlot(
    '/',
    createStorageSlot(() => storage),
  );
  const user = userEvent.setup();
  const view = render(
    <ProgressStoreContext.Provider value={setup.store}>
      <AssignmentBanner baseUrl="/" slot={slot} now={() => NOW} />
      <main>page</main>
    </ProgressStoreContext.Provider>,
  );
  return { ...view, ...setup, slot, storage, user };
}

afterEach(() => vi.restoreAllMocks());

describe('AssignmentBanner', () => {
  const { payload } = encodeAssignment(draft);

  it('shows nothing without an assignment', () => {
    const { container } = renderBanner('');
    expect(container.querySelector('aside')).toBeNull();
  });

  it('shows the assignment with the student’s own progress in words, remembers it and cleans the URL', async () => {
    const { container, store, slot } = renderBanner(`#assignment=${payload}`);
    const banner = screen.getByRole('complementary', { name: 'Assignment' });
    expect(banner).toHaveTextContent(
      'Assignment: Week 1: Start here · Class: 10B History · Due 2026-12-01 · 0 of 3 done',
    );
    expect(slot.read()).toBe(payload);
    expect(window.location.hash).toBe('');
    act(() => {
      store.recordAttempt('start-here', { earned: 1, possible: 2, percent: 50, passed: false }, 'practice');
    });
    expect(banner).toHaveTextContent('1 of 3 done');
    expect(banner).toHaveTextContent('Quiz: Start here (Done: best score 50%, below the pass mark of 70%)');
    expect(banner).toHaveTextContent('Quiz: The Defense Production Act (Not done yet)');
    await expectNoAxeViolations(container);
  });

  it('brings back a remembered assignment after a reload, and forgets it when closed', async () => {
    const storage = new FakeStorage();
    const first = renderBanner(`#assignment=${payload}`, storage);
    first.unmount();
    const { user, slot } = renderBanner('', storage);
    expect(screen.getByRole('complementary', { name: 'Assignment' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close the assignment banner' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(slot.read()).toBeNull();
  });

  it('explains a damaged link instead of crashing', async () => {
    const { container, slot } = renderBanner(`#assignment=${payload.slice(0, -3)}abc`);
    expect(screen.getByRole('alert')).toHaveTextContent(/cannot be opened.*damaged/);
    expect(slot.read()).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('makes an incomplete submission with the typed name, as a file and a code', async () => {
    const { container, user } = renderBanner(`#assignment=${payload}`);
    await user.click(screen.getByRole('button', { name: 'Submit to my teacher' }));
    await user.click(screen.getByRole('button', { name: 'Make my submission' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type your name');
    await user.type(screen.getByLabelText('Your name'), '<b>Ana</b>');
    await user.click(screen.getByRole('button', { name: 'Make my submission' }));
    expect(screen.getByText(/ready but incomplete: 3 items are not done yet/)).toBeInTheDocument();
    const code = (screen.getByLabelText(/submission code/) as HTMLTextAreaElement).value;
    const parsed = parseSubmission(code);
    expect(parsed.ok && parsed.submission).toMatchObject({
      name: '<b>Ana</b>',
      submittedAt: NOW,
      complete: false,
    });
    expect(container.querySelector('b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy the code' }));
    expect(await screen.findByText(/^Copied$|press Ctrl\+C/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
