import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { answerKeyQuestion, type AnswerKeyData } from '@site/src/quiz/answerKey';
import { classifyQuestion, orderingQuestion, singleQuestion } from '@site/src/quiz/testFixtures';
import AnswerKey from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

const data: AnswerKeyData = {
  quizzes: [
    {
      id: 'u1-dpa',
      title: 'The Defense Production Act',
      lessonTitle: 'The DPA',
      permalink: '/course/docs/dpa',
      questions: [singleQuestion, orderingQuestion].map((question) => answerKeyQuestion(question)),
    },
    {
      id: 'u2-labels',
      title: 'Source labels',
      lessonTitle: 'Labels',
      permalink: '/course/docs/labels',
      questions: [answerKeyQuestion(classifyQuestion)],
    },
  ],
};

function renderKey(search: string, onPrint = vi.fn()) {
  const view = render(
    <main>
      <h1>Answer key</h1>
      <AnswerKey data={data} search={search} baseUrl="/course/" onPrint={onPrint} />
    </main>,
  );
  return { ...view, onPrint };
}

describe('AnswerKey', () => {
  it('shows each chosen quiz with its prompts, right answers and explanations', async () => {
    const { container } = renderKey('?quizzes=u1-dpa');
    const quiz = screen.getByRole('region', { name: 'Quiz: The Defense Production Act' });
    expect(screen.queryByRole('region', { name: 'Quiz: Source labels' })).toBeNull();
    expect(within(quiz).getByRole('link', { name: 'The DPA' })).toHaveAttribute('href', '/course/docs/dpa');
    expect(
      within(quiz).getByRole('heading', { level: 3, name: /Which part of the DPA lets the government/ }),
    ).toBeVisible();
    const answers = within(quiz).getAllByRole('list');
    expect(answers.some((list) => list.textContent === 'Title I')).toBe(true);
    const order = answers.find((list) => list.tagName === 'OL' && list.textContent?.startsWith('1950'));
    expect(
      within(order!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1950 enactment', '2020 pandemic use', '2026 dispute', 'Today']);
    expect(within(quiz).getAllByText('Why the answer is right.')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('prints with the Print button', async () => {
    const { onPrint } = renderKey('?quizzes=u2-labels');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalledOnce();
    expect(screen.getByText('The law is outdated. → Opinion')).toBeVisible();
  });

  it('shows every quiz for "all"', () => {
    renderKey('?quizzes=all');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Quiz: The Defense Production Act',
      'Quiz: Source labels',
    ]);
  });

  it('sends a teacher with no selection to /teach, and offers every quiz', async () => {
    const { container } = renderKey('');
    expect(screen.getByRole('link', { name: 'Create an assignment' })).toHaveAttribute(
      'href',
      '/course/teach',
    );
    expect(screen.getByRole('link', { name: 'the answer key for every quiz' })).toHaveAttribute(
      'href',
      '/course/teach/answer-key?quizzes=all',
    );
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says which ids it does not know', () => {
    renderKey('?quizzes=renamed-quiz,u2-labels');
    expect(screen.getByText(/No quiz has the id “renamed-quiz”/)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Quiz: Source labels' })).toBeVisible();
  });
});
