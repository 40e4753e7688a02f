import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gradeOf, setupStore, singleResponse } from '@site/src/progress/testHelpers';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import { DAY_MS, firstSchedule, GRADE } from '@site/src/review/entry';
import { rightAnswerChoices } from '@site/src/review/scheduler';
import { countOf } from '@site/src/text/plural';
import { expectNoAxeViolations } from '../testAxe';
import { Explanation, Option, Question } from '../Quiz';
import ReviewSession from '.';
import { QuizMarker } from './readLessonQuestion';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));
// The lesson as its compiled MDX gives it: prose, then the quiz (the registry exists only in a build).
const loads: string[] = [];
vi.mock('./lessonSource', () => ({
  loadLessonReader: async (permalink: string) => {
    loads.push(permalink);
    return permalink.endsWith('defense-production-act') ? dpaLesson : null;
  },
}));
vi.setConfig({ testTimeout: 20_000 });

function dpaLesson() {
  return (
    <>
      <h2 id="title-i">Title I</h2>
      <p>Lesson prose that /review never shows.</p>
      <QuizMarker id="dpa-basics" checkedAtBuild shuffle={false}>
        <Question id="dpa-title-i-purpose" type="single" teaches="#title-i">
          <p>Which title of the DPA sets priorities?</p>
          <Option correct>Title I</Option>
          <Option>Title III</Option>
          <Explanation>
            <p>Title I covers priorities.</p>
          </Explanation>
        </Question>
        <Question id="dpa-q2" type="truefalse" answer="true">
          <p>The DPA dates from 1950.</p>
          <Explanation>
            <p>It was passed in 1950.</p>
          </Explanation>
        </Question>
      </QuizMarker>
    </>
  );
}

const HASH = '0a1b2c3d4e5f60'; // the test outline's hash for every question
const T0 = Date.UTC(2026, 10, 26, 9);

/** A learner who answered in lessons at T0 (wrong unless said), seen `days` later on /review. */
function renderReview(answers: Record<string, boolean>, days: number, quizId = 'dpa-basics') {
  let clock = T0;
  const setup = setupStore(undefined, { now: () => clock });
  for (const [id, right] of Object.entries(answers)) {
    setup.store.recordAnswer(quizId, id, singleResponse(right ? 0 : 1), gradeOf(right ? 1 : 0), HASH);
  }
  clock = T0 + days * DAY_MS;
  const user = userEvent.setup();
  const view = render(
    <ProgressStoreContext.Provider value={setup.store}>
      <main>
        <h1>Review</h1>
        <ReviewSession now={() => clock} />
      </main>
    </ProgressStoreContext.Provider>,
  );
  return { ...setup, ...view, user, at: () => clock };
}

describe('ReviewSession', () => {
  it('shows a question missed in a lesson the next day, as the lesson has it, and answering it right moves its date out', async () => {
    const { store, user, container } = renderReview({ 'dpa-title-i-purpose': false }, 1);
    expect(
      await screen.findByRole('heading', { name: 'From “The Defense Production Act”' }),
    ).toBeInTheDocument();
    const question = screen.getByRole('group', {
      name: /^Question 1 of 1\s*Which title of the DPA sets priorities\?/,
    });
    expect(screen.queryByText('Lesson prose that /review never shows.')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open the lesson' })).toHaveAttribute(
      'href',
      '/docs/unit-1-two-levers/01-defense-production-act#question-dpa-title-i-purpose',
    );
    const before = store.getSnapshot().review['dpa-title-i-purpose']!;
    await user.click(within(question).getByRole('radio', { name: 'Title I' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const after = store.getSnapshot().review['dpa-title-i-purpose']!;
    expect(after.due - after.last).toBeGreaterThan(before.due - before.last);
    expect(after).toMatchObject({ grade: 3, memory: { reps: 2 } });
    expect(screen.getByText('Title I covers priorities.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read this part of the lesson again' })).toHaveAttribute(
      'href',
      '/docs/unit-1-two-levers/01-defense-production-act#title-i',
    );
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      `Saved: this question comes back in 3 days (Monday 30 November 2026).`,
    );
    await expectNoAxeViolations(container);
  });

  it('lets the learner say it was hard or easy, with real buttons, and saves that choice instead', async () => {
    const { store, user } = renderReview({ 'dpa-title-i-purpose': false }, 1);
    await user.click(await screen.findByRole('radio', { name: 'Title I' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const grades = screen.getByRole('group', { name: /How hard was it to remember\?/ });
    const buttons = within(grades).getAllByRole('button');
    // Each button says when the question would come back with that grade: sooner for hard, later for easy.
    const before = firstSchedule(HASH, GRADE.again, T0);
    const choices = rightAnswerChoices(before, HASH, store.getSnapshot().review['dpa-title-i-purpose']!.last);
    const days = (grade: 'hard' | 'good' | 'easy') => (choices[grade].due - choices[grade].last) / DAY_MS;
    expect(days('hard')).toBeLessThan(days('good'));
    expect(days('good')).toBeLessThan(days('easy'));
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      [`Hard: again in ${countOf(days('hard'), 'day')}`, 'false'],
      [`Good: again in ${countOf(days('good'), 'day')}`, 'true'],
      [`Easy: again in ${countOf(days('easy'), 'day')}`, 'false'],
    ]);
    const good = store.getSnapshot().review['dpa-title-i-purpose']!;
    // Keyboard only: Tab to Easy, press Space.
    buttons[2]!.focus();
    await user.keyboard(' ');
    const easy = store.getSnapshot().review['dpa-title-i-purpose']!;
    expect(easy).toMatchObject({ grade: 4, last: good.last });
    expect(easy.due).toBe(good.last + days('easy') * DAY_MS);
    expect(within(grades).getByRole('button', { name: /^Easy/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('brings a question answered wrong back the next day, with no choice of how hard it was', async () => {
    const { store, user, at } = renderReview({ 'dpa-title-i-purpose': true }, 3);
    await user.click(await screen.findByRole('radio', { name: 'Title III' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(store.getSnapshot().review['dpa-title-i-purpose']).toMatchObject({
      grade: 1,
      memory: { lapses: 1 },
    });
    expect(store.getSnapshot().review['dpa-title-i-purpose']!.due).toBe(at() + DAY_MS);
    expect(screen.queryByRole('group', { name: /How hard/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try this question again' })).toBeNull();
  });

  it('goes through every due question in turn, moves focus to each, and says when the next comes back', async () => {
    const { user } = renderReview({ 'dpa-title-i-purpose': false, 'dpa-q2': false }, 2);
    expect(await screen.findByRole('group', { name: /^Question 1 of 2/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Title I' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    const heading = screen.getByRole('heading', { name: 'From “The Defense Production Act”' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(
      await screen.findByRole('group', { name: /^Question 2 of 2\s*The DPA dates from 1950/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Finish this review' }));
    const done = screen.getByRole('heading', { name: 'Review done: 2 questions' });
    await vi.waitFor(() => expect(done).toHaveFocus());
    expect(
      screen.getByText(/^2 questions are in your review\. The next one is due in 3 days/),
    ).toBeInTheDocument();
    // The lesson was loaded once for both of its questions.
    expect(loads.filter((p) => p.endsWith('defense-production-act')).length).toBeLessThanOrEqual(1);
  });

  it('says when the next question is due when nothing is, and what review is when nothing is scheduled', async () => {
    renderReview({ 'dpa-title-i-purpose': true }, 1);
    expect(await screen.findByRole('heading', { name: 'Nothing to review right now' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^1 question is in your review\. The next one is due in 2 days \(Sunday 29 November 2026\)\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('explains review to a learner who has answered nothing yet, and ignores questions the course no longer has', async () => {
    const { container } = renderReview({ 'retired-question': false }, 5, 'retired-quiz');
    expect(await screen.findByText(/^No questions to review yet\./)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says so, and lets the learner skip, when a question cannot be read from its lesson', async () => {
    const { user } = renderReview({ 'scr-q1': false }, 2, 'scr-basics');
    expect(await screen.findByText(/^This question could not be loaded\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip it' }));
    expect(screen.getByText('1 question still is due.')).toBeInTheDocument();
  });
});
