import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeAssignment, payloadFromHash } from '@site/src/classroom/assignment';
import { createTeacherStore } from '@site/src/classroom/teacherStore';
import { testOutline } from '@site/src/course/testOutline';
import { createStorageSlot } from '@site/src/progress/storageSlot';
import { teacherSlot } from '@site/src/progress/teacherSlot';
import { FakeStorage } from '@site/src/progress/testHelpers';
import TeachBuilder from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.setConfig({ testTimeout: 20_000 });

const times = {
  minutes: {
    'start-here': 15,
    'unit-1-two-levers/01-defense-production-act': 20,
    'unit-1-two-levers/02-supply-chain-risk': 25,
  },
};

function renderBuilder(storage = new FakeStorage()) {
  const user = userEvent.setup();
  const store = createTeacherStore(
    teacherSlot(
      '/course/',
      createStorageSlot(() => storage),
    ),
  );
  const view = render(
    <main>
      <h1>Create an assignment</h1>
      <TeachBuilder baseUrl="/course/" times={times} store={store} />
    </main>,
  );
  return { ...view, user, storage, store };
}

async function create(user: ReturnType<typeof userEvent.setup>, title: string, boxes: string[]) {
  for (const name of boxes) await user.click(screen.getByRole('checkbox', { name }));
  await user.type(screen.getByLabelText('Title'), title);
  await user.click(screen.getByRole('button', { name: 'Create the assignment link' }));
}

describe('TeachBuilder', () => {
  it('groups lessons by unit, each with its quiz and time, and selects a whole unit', async () => {
    const { container, user } = renderBuilder();
    const unit = screen.getByRole('group', { name: 'Unit 1: Two levers' });
    expect(unit).toHaveTextContent('3 pages, about 45 min');
    const dpa = within(unit).getByRole('checkbox', { name: 'Lesson: The Defense Production Act (20 min)' });
    // The lesson's quiz sits in the same card as the lesson.
    expect(dpa.closest('li')).toContainElement(
      within(unit).getByRole('checkbox', { name: 'Quiz: The Defense Production Act' }),
    );
    await user.click(within(unit).getByRole('checkbox', { name: 'Select the whole unit' }));
    expect(
      within(unit)
        .getAllByRole('checkbox')
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true);
    await user.click(within(unit).getByRole('checkbox', { name: 'Quiz: Supply-chain risk' }));
    expect(within(unit).getByRole('checkbox', { name: 'Select the whole unit' })).toHaveProperty(
      'indeterminate',
      true,
    );
    await expectNoAxeViolations(container);
  });

  it('keeps a running count of what is selected and how long it takes', async () => {
    const { user } = renderBuilder();
    const count = screen.getByRole('status');
    expect(count).toHaveTextContent('Nothing selected yet.');
    await user.click(screen.getByRole('checkbox', { name: /^Lesson: The Defense Production Act/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: The Defense Production Act' }));
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: Start here' }));
    expect(count).toHaveTextContent('Selected: 1 lesson and 2 quizzes, about 20 min of work.');
    await user.click(screen.getByRole('checkbox', { name: /^Lesson: Supply-chain risk/ }));
    expect(count).toHaveTextContent('Selected: 2 lessons and 2 quizzes, about 45 min of work.');
  });

  it('says what is missing instead of making a link', async () => {
    const { user } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Give the assignment a title.Choose at least one lesson or quiz.',
    );
  });

  it('makes a link, a QR code drawn as SVG elements and a handout', async () => {
    const { container, user } = renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: Start here' }));
    await user.type(screen.getByLabelText('Title'), 'Week 1');
    await user.type(screen.getByLabelText('Class name (optional)'), '10B');
    await user.type(screen.getByLabelText('Due date (optional)'), '2026-12-01');
    await user.clear(screen.getByLabelText('Pass mark (%)'));
    await user.type(screen.getByLabelText('Pass mark (%)'), '70');
    await user.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    const handout = screen.getByRole('region', { name: 'Assignment: Week 1' });
    expect(handout).toHaveTextContent('Due: December 1, 2026');
    const link = container.querySelector('#teach-assignment-link')?.textContent ?? '';
    expect(link).toMatch(/^http:\/\/localhost:3000\/course\/docs\/start-here#assignment=a1\./);
    const decoded = decodeAssignment(payloadFromHash(link.slice(link.indexOf('#'))) ?? '', testOutline);
    expect(decoded.ok && decoded.assignment).toMatchObject({
      title: 'Week 1',
      className: '10B',
      dueDate: '2026-12-01',
      passMark: 70,
      lessons: [],
      quizzes: ['start-here'],
    });
    const qr = within(handout).getByRole('img', { name: 'QR code for the assignment link' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(
      within(handout).getByRole('link', { name: 'Open the gradebook for this assignment' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/course\/teach\/gradebook#assignment=a1\./));
    await expectNoAxeViolations(container);
  });

  it('opens the link on the first assigned lesson, and pairs each lesson with its quiz on the handout', async () => {
    const { container, user } = renderBuilder();
    await create(user, 'Week 2', [
      'Quiz: Start here',
      'Lesson: Supply-chain risk (25 min)',
      'Quiz: Supply-chain risk',
      'Lesson: The Defense Production Act (20 min)',
    ]);
    const link = container.querySelector('#teach-assignment-link')?.textContent ?? '';
    expect(link).toMatch(/\/course\/docs\/unit-1-two-levers\/01-defense-production-act#assignment=a1\./);
    const steps = within(screen.getByRole('region', { name: 'Assignment: Week 2' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'Answer the quiz “Start here”',
      'Read the lesson “The Defense Production Act”',
      'Read the lesson “Supply-chain risk”, then answer its quiz “Supply-chain risk”',
    ]);
  });

  it('lists the teacher’s assignments across a reload, with export and a clear that asks first', async () => {
    const storage = new FakeStorage();
    const first = renderBuilder(storage);
    await create(first.user, 'Week 1', ['Quiz: Start here']);
    first.unmount();
    const { user, container } = renderBuilder(storage);
    const saved = screen.getByRole('region', { name: 'Your assignments' });
    expect(within(saved).getByRole('heading', { name: 'Week 1' })).toBeInTheDocument();
    expect(saved).toHaveTextContent('Pass mark 80% · Created');
    expect(saved).toHaveTextContent('0 submissions loaded');
    expect(within(saved).getByRole('link', { name: 'Open its gradebook (Week 1)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/course\/teach\/gradebook#assignment=a1\./),
    );
    await expectNoAxeViolations(container);
    const createObjectURL = vi.fn(() => 'blob:teacher');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    await user.click(within(saved).getByRole('button', { name: 'Export my assignments and submissions' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    await user.click(within(saved).getByRole('button', { name: 'Clear my assignments and submissions' }));
    expect(within(saved).getByRole('button', { name: 'Yes, delete' })).toHaveFocus();
    await user.click(within(saved).getByRole('button', { name: 'Cancel' }));
    expect(within(saved).getByRole('heading', { name: 'Week 1' })).toBeInTheDocument();
    await user.click(within(saved).getByRole('button', { name: 'Clear my assignments and submissions' }));
    await user.click(within(saved).getByRole('button', { name: 'Yes, delete' }));
    expect(within(saved).queryByRole('heading', { name: 'Week 1' })).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('copies the link, or selects it and says "Press Ctrl+C" when the clipboard is unavailable', async () => {
    const { user } = renderBuilder();
    await create(user, 'Week 1', ['Lesson: Start here (15 min)']);
    await user.click(screen.getByRole('button', { name: 'Copy the assignment link' }));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toMatch(/#assignment=a1\./);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy the assignment link' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toMatch(/#assignment=a1\./);
  });

  it('links to the answer key of the picked quizzes, in course order', async () => {
    const { user } = renderBuilder();
    expect(screen.queryByRole('link', { name: /Print answer key/ })).toBeNull();
    expect(screen.getByText('Choose one or more quizzes to print their answer key.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: Supply-chain risk' }));
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: Start here' }));
    expect(screen.getByRole('link', { name: 'Print answer key (2 quizzes)' })).toHaveAttribute(
      'href',
      '/course/teach/answer-key?quizzes=start-here,scr-basics',
    );
  });
});
