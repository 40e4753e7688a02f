import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { encodeAssignment } from '@site/src/classroom/assignment';
import type { GradebookQuestions } from '@site/src/classroom/itemAnalysis';
import { submissionCode, submissionFile } from '@site/src/classroom/submission';
import { createTeacherStore } from '@site/src/classroom/teacherStore';
import { DUE_AT, draft, submissionOf } from '@site/src/classroom/testFixtures';
import { createStorageSlot } from '@site/src/progress/storageSlot';
import { teacherSlot } from '@site/src/progress/teacherSlot';
import { FakeStorage } from '@site/src/progress/testHelpers';
import GradebookView from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.setConfig({ testTimeout: 30_000 });

const HASH = '0a1b2c3d4e5f60';
const question = (id: string, prompt: string, choices: string[], right: boolean[]) => ({
  id,
  type: 'single' as const,
  prompt,
  href: `/docs/start-here#${id}`,
  hash: HASH,
  choices,
  right,
  parts: [],
  partAnswers: [],
});
const questions: GradebookQuestions = {
  quizzes: {
    'start-here': [
      question('sh-q1', 'Where is progress kept?', ['On a server', 'In your browser'], [false, true]),
      question('sh-q2', 'What is the pass mark?', ['8 points', '10 points'], [true, false]),
    ],
  },
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].slice(0, 6).map((cell) => cell.textContent));

/** Teachers paste codes and links; typing them key by key would only make the test slow. */
async function paste(user: ReturnType<typeof userEvent.setup>, label: string | RegExp, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

function renderGradebook(
  storage = new FakeStorage(),
  hash = `#assignment=${encodeAssignment(draft).payload}`,
) {
  window.history.replaceState(null, '', `/teach/gradebook${hash}`);
  const store = createTeacherStore(
    teacherSlot(
      '/',
      createStorageSlot(() => storage),
    ),
  );
  const user = userEvent.setup();
  const view = render(
    <main>
      <h1>Gradebook</h1>
      <GradebookView baseUrl="/" questions={questions} store={store} />
    </main>,
  );
  return { ...view, user, storage };
}

describe('GradebookView', () => {
  it('asks for the assignment link, then loads files and codes into a sortable table and lists bad ones', async () => {
    const { container, user } = renderGradebook(new FakeStorage(), '');
    await user.type(screen.getByLabelText('Assignment link'), 'nonsense');
    await user.click(screen.getByRole('button', { name: 'Open the gradebook' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/damaged or was edited/);
    await user.clear(screen.getByLabelText('Assignment link'));
    await paste(
      user,
      'Assignment link',
      `https://x.org/docs/start-here#assignment=${encodeAssignment(draft).payload}`,
    );
    await user.click(screen.getByRole('button', { name: 'Open the gradebook' }));
    expect(screen.getByRole('heading', { name: 'Assignment: Week 1: Start here' })).toBeInTheDocument();
    expect(screen.getByText(/Due December 1, 2026\. Pass mark: 70%/)).toBeInTheDocument();

    const ana = submissionFile(
      submissionOf('<img src=x onerror=alert(1)>', { 'start-here': [90], 'dpa-basics': [70] }),
    );
    const bad = new File(['{"kind":"wcmai-submission"'], 'broken.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(/Submission files/), [new File([ana.text], ana.filename), bad]);
    await paste(
      user,
      /Submission codes/,
      submissionCode(submissionOf('Ben', { 'start-here': [40] }, DUE_AT + 1)),
    );
    await user.click(screen.getByRole('button', { name: 'Add these codes' }));

    expect(
      await screen.findByText(/2 students loaded\. 1 file or code could not be read/),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Files and codes that could not be read' })).toHaveTextContent(
      'broken.json: Cut off: this submission is not whole',
    );
    const table = screen.getByRole('table', { name: 'Results for Week 1: Start here' });
    expect(rowsOf(table)).toEqual([
      ['<img src=x onerror=alert(1)>', '90%', '70%', '80%', 'Yes', 'On time'],
      ['Ben', '40%', 'Not tried', '20%', 'No', 'Late'],
    ]);
    expect(container.querySelector('img')).toBeNull();
    const total = within(table).getByRole('button', { name: 'Total' });
    await user.click(total);
    expect(total.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowsOf(table).map((row) => row[0])).toEqual(['Ben', '<img src=x onerror=alert(1)>']);
    await expectNoAxeViolations(container);
  });

  it('keeps the submissions across a reload, and shows what the class missed', async () => {
    const storage = new FakeStorage();
    const first = renderGradebook(storage);
    const answers = (q1: number, q2: number) => ({
      'sh-q1': ['start-here', { type: 'single', choice: q1 }, q1 === 1 ? 1 : 0] as const,
      'sh-q2': ['start-here', { type: 'single', choice: q2 }, q2 === 0 ? 1 : 0] as const,
    });
    const codes = [
      submissionOf('Ana', { 'start-here': [100] }, undefined, undefined, answers(1, 0)),
      submissionOf('Ben', { 'start-here': [0] }, undefined, undefined, answers(0, 1)),
      submissionOf('Cy', { 'start-here': [50] }, undefined, undefined, answers(0, 0)),
    ].map(submissionCode);
    await paste(first.user, /Submission codes/, codes.join('\n'));
    await first.user.click(screen.getByRole('button', { name: 'Add these codes' }));
    expect(await screen.findByText('3 students loaded.')).toBeInTheDocument();
    first.unmount();

    const { container, user } = renderGradebook(storage);
    expect(screen.getByText('3 students loaded.')).toBeInTheDocument();
    const items = screen.getByRole('table', { name: 'Question by question: Start here' });
    expect(rowsOf(items).map((row) => row.slice(0, 3))).toEqual([
      ['Where is progress kept?', '1 of 3', '“On a server” (2 students)'],
      ['What is the pass mark?', '2 of 3', '“10 points” (1 student)'],
    ]);
    expect(
      within(items).getByRole('link', { name: 'Lesson section for: Where is progress kept?' }),
    ).toHaveAttribute('href', '/docs/start-here#sh-q1');
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Clear all submissions' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(screen.getByText('0 students loaded.')).toBeInTheDocument();
  });
});
