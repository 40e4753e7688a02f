import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getActiveAssignment, setActiveAssignment } from '@site/src/classroom/activeAssignment';
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
  const slot = createStorageSlot(() => storage);
  const user = userEvent.setup();
  const view = render(
    <ProgressStoreContext.Provider value={setup.store}>
      <AssignmentBanner baseUrl="/" storage={slot} now={() => NOW} />
      <main>page</main>
    </ProgressStoreContext.Provider>,
  );
  return { ...view, ...setup, slot: assignmentSlot('/', slot), storage, user };
}

afterEach(() => {
  vi.restoreAllMocks();
  setActiveAssignment(null);
});

describe('AssignmentBanner', () => {
  const { payload } = encodeAssignment(draft);
  const damaged = `${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`;

  it('shows nothing without an assignment', () => {
    const { container } = renderBanner('');
    expect(container.querySelector('aside')).toBeNull();
  });

  it('shows the assignment, its pass mark and the student’s progress in words, remembers it and cleans the URL', async () => {
    const { container, store, slot } = renderBanner(`#assignment=${payload}`);
    const banner = screen.getByRole('complementary', { name: 'Assignment' });
    expect(banner).toHaveTextContent(
      'Assignment: Week 1: Start here · Class: 10B History · Due December 1, 2026 · Pass mark for this assignment: 70% · 0 of 3 done',
    );
    expect(slot.read()).toBe(payload);
    expect(window.location.hash).toBe('');
    // The checklist starts open.
    expect(screen.getByRole('group')).toHaveAttribute('open');
    expect(screen.getByRole('link', { name: 'Start here' })).toBeVisible();
    act(() => {
      store.recordAttempt('start-here', { earned: 3, possible: 4, percent: 75, passed: false }, 'practice');
      store.recordAttempt('dpa-basics', { earned: 1, possible: 2, percent: 50, passed: false }, 'practice');
    });
    expect(banner).toHaveTextContent('2 of 3 done');
    // 75% passes this assignment (70%) though the quiz's own pass mark is 80%.
    expect(banner).toHaveTextContent('Quiz: Start here (Done: best score 75%, passed (pass mark 70%))');
    expect(banner).toHaveTextContent(
      'Quiz: The Defense Production Act (Done: best score 50%, below this assignment’s pass mark of 70%)',
    );
    await expectNoAxeViolations(container);
  });

  it('tells the quizzes which pass mark counts, and stops when the student closes it', async () => {
    const { user } = renderBanner(`#assignment=${payload}`);
    expect(getActiveAssignment()).toMatchObject({
      title: 'Week 1: Start here',
      passMark: 70,
      quizIds: ['start-here', 'dpa-basics'],
      lessonIds: ['unit-1-two-levers/overview'],
    });
    await user.click(screen.getByRole('button', { name: 'Close the assignment banner' }));
    expect(getActiveAssignment()).toBeNull();
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
    const { container, slot } = renderBanner(`#assignment=${damaged}`);
    expect(screen.getByRole('alert')).toHaveTextContent(/cannot be opened.*damaged/);
    expect(slot.read()).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('keeps a student’s assignment when they open a damaged link, on this page and the next', async () => {
    const storage = new FakeStorage();
    renderBanner(`#assignment=${payload}`, storage).unmount();
    const { slot, user, unmount } = renderBanner(`#assignment=${damaged}`, storage);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /cannot be opened.*damaged.*Your assignment “Week 1: Start here” is kept/,
    );
    expect(screen.getByRole('button', { name: 'Submit to my teacher' })).toBeInTheDocument();
    expect(slot.read()).toBe(payload);
    await user.click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Submit to my teacher' })).toBeInTheDocument();
    unmount();
    renderBanner('', storage);
    expect(screen.getByRole('complementary', { name: 'Assignment' })).toHaveTextContent('Week 1: Start here');
    expect(getActiveAssignment()?.passMark).toBe(70);
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
