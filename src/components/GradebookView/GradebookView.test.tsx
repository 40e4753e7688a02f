import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { encodeAssignment } from '@site/src/classroom/assignment';
import { submissionCode, submissionFile } from '@site/src/classroom/submission';
import { DUE_AT, draft, submissionOf } from '@site/src/classroom/testFixtures';
import GradebookView from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.setConfig({ testTimeout: 20_000 });

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].slice(0, 6).map((cell) => cell.textContent));

describe('GradebookView', () => {
  it('asks for the assignment link, then loads files and codes into a sortable table and lists bad ones', async () => {
    window.history.replaceState(null, '', '/teach/gradebook');
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <h1>Gradebook</h1>
        <GradebookView baseUrl="/" />
      </main>,
    );
    await user.type(screen.getByLabelText('Assignment link'), 'nonsense');
    await user.click(screen.getByRole('button', { name: 'Open the gradebook' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/damaged/);
    await user.clear(screen.getByLabelText('Assignment link'));
    await user.type(
      screen.getByLabelText('Assignment link'),
      `https://x.org/docs/start-here#assignment=${encodeAssignment(draft).payload}`,
    );
    await user.click(screen.getByRole('button', { name: 'Open the gradebook' }));

    const ana = submissionFile(
      submissionOf('<img src=x onerror=alert(1)>', { 'start-here': [90], 'dpa-basics': [70] }),
    );
    const bad = new File(['{"kind":"wcmai-submission"'], 'broken.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(/Submission files/), [new File([ana.text], ana.filename), bad]);
    await user.type(
      screen.getByLabelText(/Submission codes/),
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
});
