import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Quiz, { Explanation, Option, Question } from '.';
import { memoryQuizConnection, QuizConnectionContext, type QuizConnection } from './quizConnection';
import { quizStore, SampleQuiz } from './testQuiz';
import { expectNoAxeViolations } from '@site/src/components/testAxe';
import { gradeOf } from '@site/src/progress/testHelpers';
import type { QuizRecord } from '@site/src/progress/schema';
import { setActiveAssignment } from '@site/src/classroom/activeAssignment';

const question = (name: RegExp) => screen.getByRole('group', { name });

describe('Quiz', () => {
  it('shows every question with an empty live region before the first answer', async () => {
    const { container } = render(<SampleQuiz />);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(7);
    const statuses = screen.getAllByRole('status');
    expect(statuses).toHaveLength(7);
    statuses.forEach((status) => expect(status).toBeEmptyDOMElement());
    await expectNoAxeViolations(container);
  });

  it('tells a learner why a wrong choice is wrong and keeps focus on the button', async () => {
    const user = userEvent.setup();
    const { container } = render(<SampleQuiz />);
    const single = question(/which title of the dpa/i);
    await user.click(within(single).getByRole('radio', { name: 'Title III' }));
    const check = within(single.closest('li')!).getByRole('button', { name: 'Check answer' });
    await user.click(check);
    const status = within(single.closest('li')!).getByRole('status');
    expect(status).toHaveTextContent('Not quite: Title III pays for new capacity');
    expect(screen.getByText('Title I covers priorities and allocations.')).toBeVisible();
    expect(within(single).getByText('not right')).toBeInTheDocument();
    expect(check).toHaveFocus();
    expect(check).toHaveAttribute('aria-disabled', 'true');
    expect(within(single).getByRole('radio', { name: 'Title I' })).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it('asks for an answer before checking instead of grading nothing', async () => {
    const user = userEvent.setup();
    render(<SampleQuiz />);
    const item = question(/which company sued/i).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByRole('status')).toHaveTextContent('Answer the question first');
  });

  it('reveals hints one at a time', async () => {
    const user = userEvent.setup();
    render(<SampleQuiz />);
    const item = question(/which title of the dpa/i).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(within(item).getByText('It is the first one.')).toBeInTheDocument();
    expect(within(item).queryByText('Really, the first.')).not.toBeInTheDocument();
    const next = within(item).getByRole('button', { name: 'Show a hint (2 of 2)' });
    await user.click(next);
    expect(within(item).getByText('Really, the first.')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'No more hints' })).toHaveFocus();
  });

  it('states the partial-credit rule and gives part marks for a multiple-select question', async () => {
    const user = userEvent.setup();
    render(<SampleQuiz />);
    const group = question(/which are statutes/i);
    expect(
      within(group).getByText(/each wrong answer you tick takes the same share away/i),
    ).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: 'FASCSA' }));
    const item = group.closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByRole('status')).toHaveTextContent('Partly right: 0.5 of 1 mark.');
  });

  it('lets a keyboard user put events in order and announces each move', async () => {
    const user = userEvent.setup();
    render(<SampleQuiz />);
    const item = question(/earliest first/i).closest('li')!;
    const texts = () =>
      within(item)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
    // Move each year to its place using only the keyboard.
    for (const year of ['1950', '2020']) {
      for (let guard = 0; guard < 3 && !texts()[year === '1950' ? 0 : 1]!.startsWith(year); guard += 1) {
        within(item)
          .getByRole('button', { name: `Move “${year}” up` })
          .focus();
        await user.keyboard('{Enter}');
      }
    }
    expect(texts().map((text) => text.slice(0, 4))).toEqual(['1950', '2020', '2026']);
    expect(within(item).getByText(/moved to position/)).toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName(/Move “20\d0” up/);
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByRole('status')).toHaveTextContent('Correct.');
  });

  it('gives the printed worksheet the matching choices and the starting order, hidden from screen readers', async () => {
    const user = userEvent.setup();
    render(<SampleQuiz />);
    const match = question(/match each law/i).closest('li')!;
    const choices = match.querySelector('.quiz-print-only.quiz-match-choices')!;
    expect(choices).toHaveAttribute('aria-hidden', 'true');
    expect([...choices.querySelectorAll('li')].map((li) => li.textContent).sort()).toEqual([
      'compels',
      'excludes',
    ]);

    const ordering = question(/earliest first/i).closest('li')!;
    const printed = () => [...ordering.querySelectorAll('.quiz-print-only li')].map((li) => li.textContent);
    const before = printed();
    const first = within(ordering).getAllByRole('listitem')[0]!.textContent!.slice(0, 4);
    await user.click(within(ordering).getByRole('button', { name: `Move “${first}” down` }));
    expect(within(ordering).getAllByRole('listitem')[1]!.textContent).toMatch(first);
    expect(printed()).toEqual(before);
    expect(ordering.querySelector('.quiz-print-only')).toHaveAttribute('aria-hidden', 'true');
  });

  it('grades matching, classify and short answers typed with other capitals', async () => {
    const user = userEvent.setup();
    render(<SampleQuiz />);
    const match = question(/match each law/i);
    await user.selectOptions(within(match).getByRole('combobox', { name: 'DPA' }), 'compels');
    await user.selectOptions(within(match).getByRole('combobox', { name: 'FASCSA' }), 'compels');
    await user.click(within(match.closest('li')!).getByRole('button', { name: 'Check answer' }));
    expect(within(match.closest('li')!).getByRole('status')).toHaveTextContent(
      'Partly right: 0.5 of 1 mark.',
    );

    const sort = question(/sort these/i);
    await user.click(within(sort).getByRole('group', { name: /1950/ }).querySelector('input')!);
    await user.click(
      within(within(sort).getByRole('group', { name: /too strong/ })).getByRole('radio', { name: 'Fact' }),
    );
    await user.click(within(sort.closest('li')!).getByRole('button', { name: 'Check answer' }));
    expect(within(sort).getByText('It is a judgement, so an opinion.')).toBeInTheDocument();

    const short = question(/which company sued/i);
    await user.type(within(short).getByRole('textbox', { name: 'Your answer' }), '  ANTHROPIC {Enter}');
    expect(within(short.closest('li')!).getByRole('status')).toHaveTextContent('Correct.');
  });

  it('in test mode grades everything at once, records the attempt once, moves focus to the result and offers a retry', async () => {
    const user = userEvent.setup();
    const { store, wrap } = quizStore();
    const { container } = render(wrap(<SampleQuiz mode="test" />));
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
    await user.click(within(question(/which title of the dpa/i)).getByRole('radio', { name: 'Title I' }));
    await user.click(within(question(/directive 3000.09/i)).getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    await user.click(await screen.findByRole('button', { name: 'Finish anyway' }));
    const result = await screen.findByRole('heading', { name: 'Your result' });
    await vi.waitFor(() => expect(result).toHaveFocus());
    expect(screen.getByText(/pass mark is 80%/)).toHaveTextContent('not passed yet');
    const attempts = store.getSnapshot().quizzes.sample?.attempts ?? [];
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ mode: 'test', earned: 2, possible: 7, percent: 29, passed: false });
    expect(store.getSnapshot().questions['s-single']).toMatchObject({ correct: true });
    const summary = result.closest('section')!;
    expect(within(summary).getByRole('link', { name: 'Question 2' })).toHaveAttribute(
      'href',
      '#question-s-multiple',
    );
    expect(within(summary).queryByRole('link', { name: 'Question 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show correct answers' }));
    expect(screen.getByRole('button', { name: 'Show correct answers' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText('Accepted answers: Anthropic')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again (new attempt)' }));
    const title = screen.getByRole('heading', { name: /sample quiz.*attempt 2/i });
    await vi.waitFor(() => expect(title).toHaveFocus());
    expect(
      within(question(/which title of the dpa/i)).getByRole('radio', { name: 'Title I' }),
    ).not.toBeChecked();
    expect(store.getSnapshot().quizzes.sample?.attempts).toHaveLength(1);
  });

  it("judges by the assignment's pass mark, says so, and keeps that judgement once the assignment is closed", async () => {
    const user = userEvent.setup();
    const { store, wrap } = quizStore();
    const assignment = { id: 'a1', title: 'Week 3', passMark: 25, quizIds: ['sample'], lessonIds: [] };
    act(() => setActiveAssignment(assignment));
    try {
      render(wrap(<SampleQuiz mode="test" />));
      expect(screen.getByText(/pass mark 25% \(set by your assignment “Week 3”\)/)).toBeInTheDocument();
      await user.click(within(question(/which title of the dpa/i)).getByRole('radio', { name: 'Title I' }));
      await user.click(within(question(/directive 3000.09/i)).getByRole('radio', { name: 'False' }));
      await user.click(screen.getByRole('button', { name: 'Submit answers' }));
      await user.click(await screen.findByRole('button', { name: 'Finish anyway' }));
      const result = await screen.findByText(/The pass mark set by your assignment “Week 3” is 25%/);
      expect(result).toHaveTextContent('passed.');
      expect(store.getSnapshot().quizzes.sample?.attempts[0]).toMatchObject({
        percent: 29,
        passMark: 25,
        passed: true,
      });
      act(() => setActiveAssignment(null));
      // The quiz's own pass mark counts for new attempts; the finished one stays as it was recorded.
      expect(screen.getByText(/pass mark 80%$/)).toBeInTheDocument();
      expect(screen.getByText(/The pass mark is 25%/)).toHaveTextContent('passed.');
    } finally {
      act(() => setActiveAssignment(null));
    }
  });

  it('puts back a saved attempt, and flags a question that changed since it was answered', () => {
    // One object, as the store hands out: a record is the same object until it changes.
    const saved: QuizRecord = {
      attempts: [],
      current: {
        id: 'saved-1',
        number: 1,
        mode: 'practice',
        startedAt: 1,
        updatedAt: 2,
        questions: {
          's-single': { response: { type: 'single', choice: 1 }, checked: true, hash: 'c0ffee' },
          's-tf': { response: { type: 'truefalse', value: true }, checked: true, hash: 'older' },
        },
      },
    };
    const connection: QuizConnection = {
      ...memoryQuizConnection(),
      manifestHash: () => 'c0ffee',
      record: () => saved,
    };
    render(
      <QuizConnectionContext.Provider value={connection}>
        <SampleQuiz />
      </QuizConnectionContext.Provider>,
    );
    const single = question(/which title of the dpa/i);
    expect(within(single).getByRole('radio', { name: 'Title III' })).toBeChecked();
    expect(within(single.closest('li')!).getByRole('status')).toHaveTextContent('Not quite');
    const changed = question(/directive 3000.09/i).closest('li')!;
    expect(within(changed).getByText(/This question changed since you answered it/)).toBeInTheDocument();
    expect(within(changed).getByRole('radio', { name: 'True' })).not.toBeChecked();
  });

  it('leaves the questions on screen untouched when other progress changes', () => {
    // Rewriting every input after each recorded visit kept a phone's main thread busy just as the lesson appeared.
    const { store, wrap } = quizStore();
    const { container } = render(wrap(<SampleQuiz />));
    const questions = container.querySelector('ol')!;
    const changes = new MutationObserver(() => undefined);
    changes.observe(questions, { subtree: true, childList: true, attributes: true, characterData: true });
    act(() => {
      store.markVisited('unit-1/dpa', '/docs/unit-1/dpa', 'DPA');
      store.recordAnswer('other-quiz', 'other-q', { type: 'single', choice: 0 }, gradeOf(1), 'abc');
    });
    expect(changes.takeRecords()).toEqual([]);
    // The questions still answer afterwards, and an answer re-renders only its own question.
    const single = question(/which title of the dpa/i);
    fireEvent.click(within(single).getByRole('radio', { name: 'Title I' }));
    const touched = new Set(changes.takeRecords().map((r) => (r.target as Element).closest?.('li[id]')?.id));
    expect([...touched]).toEqual(['question-s-single']);
    expect(within(single).getByRole('radio', { name: 'Title I' })).toBeChecked();
  });

  it('shows a quiz the build did not check (the live editor) exactly as a checked one, once validated', async () => {
    const ids = (html: string) => html.replace(/«[^»]*»|:r[0-9a-z]+:/g, 'ID');
    const checked = render(<SampleQuiz />);
    const checkedHtml = ids(checked.container.innerHTML);
    checked.unmount();
    const { container } = render(<SampleQuiz checkedAtBuild={false} />);
    expect(await screen.findByRole('heading', { name: 'Sample quiz' })).toBeInTheDocument();
    expect(ids(container.innerHTML)).toBe(checkedHtml);
  });

  it('shows a readable problem instead of crashing on a malformed quiz', async () => {
    const { container } = render(
      <Quiz id="broken">
        <Question id="b-1" type="single">
          <p>Pick one.</p>
          <Option>Only option</Option>
          <Explanation>
            <p>Why.</p>
          </Explanation>
        </Question>
      </Quiz>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('This quiz (“broken”) has a problem');
    expect(screen.getByRole('alert')).toHaveTextContent('question 1 › options');
    await expectNoAxeViolations(container);
  });
});
