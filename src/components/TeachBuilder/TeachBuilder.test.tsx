import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeAssignment, payloadFromHash } from '@site/src/classroom/assignment';
import { testOutline } from '@site/src/course/testOutline';
import TeachBuilder from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.setConfig({ testTimeout: 20_000 });

function renderBuilder() {
  const user = userEvent.setup();
  const view = render(
    <main>
      <h1>Create an assignment</h1>
      <TeachBuilder baseUrl="/course/" />
    </main>,
  );
  return { ...view, user };
}

describe('TeachBuilder', () => {
  it('groups lessons and quizzes by unit and selects a whole unit', async () => {
    const { container, user } = renderBuilder();
    const unit = screen.getByRole('group', { name: 'Unit 1: Two levers' });
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

  it('copies the link, or selects it and says "Press Ctrl+C" when the clipboard is unavailable', async () => {
    const { user } = renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: 'Lesson: Start here' }));
    await user.type(screen.getByLabelText('Title'), 'Week 1');
    await user.click(screen.getByRole('button', { name: 'Create the assignment link' }));
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
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: Start here' }));
    await user.click(screen.getByRole('checkbox', { name: 'Quiz: Supply-chain risk' }));
    expect(screen.getByRole('link', { name: 'Print answer key (2 quizzes)' })).toHaveAttribute(
      'href',
      '/course/teach/answer-key?quizzes=start-here,scr-basics',
    );
  });
});
