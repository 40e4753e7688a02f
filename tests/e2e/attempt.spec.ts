/**
 * What the quiz shows is what was recorded (issue 13): the eight things a new learner found on the
 * Defense Production Act lesson, each done as a learner would, with page reloads in between.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

const LESSON = '/docs/unit-1-two-levers/defense-production-act';
const PROGRESS = '/progress';
const PHONE = { width: 390, height: 844 };

const quiz = (page: Page) => page.locator('section[data-quiz-id="u1-dpa"]');
const question = (page: Page, id: string) => quiz(page).locator(`li[id="question-u1-dpa-${id}"]`);
const modeButton = (page: Page, mode: 'Practice' | 'Test') =>
  quiz(page).getByRole('button', { name: new RegExp(`^${mode}:`) });
const titleI = (page: Page) => question(page, 'title-i-scenario').getByRole('radio', { name: /^Title I \(/ });
const titleIII = (page: Page) =>
  question(page, 'title-i-scenario').getByRole('radio', { name: /^Title III \(/ });

async function reload(page: Page) {
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1, { timeout: 30_000 });
}

async function check(page: Page, id: string) {
  await question(page, id).getByRole('button', { name: 'Check answer' }).click();
  await expect(question(page, id).getByRole('status')).not.toBeEmpty();
}

/** Finish, saying yes when the quiz asks about unanswered questions. */
async function finish(page: Page) {
  const button = quiz(page).getByRole('button', { name: /^(Finish and see my result|Submit answers)$/ });
  await button.click();
  const anyway = quiz(page).getByRole('button', { name: 'Finish anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await expect(quiz(page).getByRole('heading', { name: 'Your result' })).toBeFocused();
}

const attemptsCell = (page: Page) =>
  page.getByRole('row').filter({ hasText: '1.1 The Defense Production Act' }).getByRole('cell').nth(2);

// Every test reloads pages and walks several of them: on a busy two-core machine that takes minutes.
test.describe.configure({ timeout: 180_000 });

for (const [device, viewport] of [
  ['desktop', undefined],
  ['390 px phone', PHONE],
] as const) {
  test.describe(`on a ${device}`, () => {
    if (viewport) test.use({ viewport });

    test('1. test-mode answers are kept across a reload, before and after finishing', async ({
      page,
      visit,
    }) => {
      await visit(LESSON);
      await modeButton(page, 'Test').click();
      await titleI(page).check();
      await question(page, 'dx-do').getByRole('radio', { name: 'True', exact: true }).check();
      await reload(page);
      await expect(modeButton(page, 'Test')).toHaveAttribute('aria-pressed', 'true');
      await expect(titleI(page)).toBeChecked();
      await expect(question(page, 'dx-do').getByRole('radio', { name: 'True', exact: true })).toBeChecked();
      await expect(quiz(page).getByRole('button', { name: 'Check answer' })).toHaveCount(0);
      await expect(quiz(page).getByText('not right')).toHaveCount(0);
      await finish(page);
      const result = quiz(page).locator('.quiz-summary');
      await expect(result).toContainText('You scored 2 of 8 marks (25%)');
      await reload(page);
      await expect(result).toContainText('You scored 2 of 8 marks (25%)');
      await expect(titleI(page)).toBeChecked();
      await expect(titleI(page)).toBeDisabled();
      expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);
    });

    test('3. finishing with questions unanswered asks first, in the page, and an untouched ordering scores nothing', async ({
      page,
      visit,
    }) => {
      await visit(LESSON);
      const finishButton = quiz(page).getByRole('button', { name: 'Finish and see my result' });
      await finishButton.click();
      const confirm = quiz(page).getByRole('region', { name: '8 questions are not fully answered' });
      await expect(confirm.getByRole('heading')).toBeFocused();
      await expect(confirm.getByRole('link')).toHaveCount(8);
      await expect(confirm.getByRole('link', { name: 'Question 5' })).toHaveAttribute(
        'href',
        '#question-u1-dpa-timeline',
      );
      expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);
      await confirm.getByRole('button', { name: 'Keep answering' }).click();
      await expect(finishButton).toBeFocused();

      // "This order is my answer" makes the shuffled order an answer; it then no longer counts as unanswered.
      const ordering = question(page, 'timeline');
      await ordering.getByRole('button', { name: 'This order is my answer' }).click();
      await expect(ordering.getByRole('button', { name: 'This order is my answer' })).toHaveCount(0);
      await finishButton.click();
      await expect(
        quiz(page).getByRole('heading', { name: '7 questions are not fully answered' }),
      ).toBeFocused();
      await quiz(page).getByRole('button', { name: 'Finish anyway' }).click();
      await expect(quiz(page).getByRole('heading', { name: 'Your result' })).toBeFocused();
    });

    test('8. practice: one question can be tried again, and a locked mode says why', async ({
      page,
      visit,
    }) => {
      await visit(LESSON);
      await titleIII(page).check();
      await check(page, 'title-i-scenario');
      await question(page, 'dx-do').getByRole('radio', { name: 'True', exact: true }).check();
      await check(page, 'dx-do');
      await expect(modeButton(page, 'Test')).toHaveAttribute('aria-disabled', 'true');
      await expect(modeButton(page, 'Test')).toHaveAccessibleDescription(
        /finish this attempt, then start a new one/,
      );
      // A keyboard user presses it anyway: nothing changes (Playwright's click refuses aria-disabled).
      await modeButton(page, 'Test').focus();
      await page.keyboard.press('Enter');
      await expect(modeButton(page, 'Practice')).toHaveAttribute('aria-pressed', 'true');

      const first = question(page, 'title-i-scenario');
      await first.getByRole('button', { name: 'Try this question again' }).click();
      await expect(titleIII(page)).not.toBeChecked();
      await expect(titleIII(page)).toBeEnabled();
      await expect(first.getByRole('status')).toBeEmpty();
      // Only that question was cleared.
      await expect(question(page, 'dx-do').getByRole('status')).toHaveText(/^Correct/);
      await titleI(page).check();
      await check(page, 'title-i-scenario');
      await expect(first.getByRole('status')).toHaveText(/^Correct/);
      await reload(page);
      await expect(first.getByRole('status')).toHaveText(/^Correct/);
      await expect(first.getByRole('button', { name: 'Try this question again' })).toBeVisible();
    });
  });
}

test('2. a finished attempt comes back after a reload and cannot be finished twice', async ({
  page,
  visit,
}) => {
  await visit(LESSON);
  await titleI(page).check();
  await check(page, 'title-i-scenario');
  await finish(page);
  await reload(page);
  await expect(quiz(page).getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(
    quiz(page).getByRole('button', { name: /^(Finish and see my result|Submit answers)$/ }),
  ).toHaveCount(0);
  await reload(page);
  await visit(PROGRESS);
  await expect(attemptsCell(page)).toHaveText('1');
  // Showing the answers and going back does not record anything either.
  await visit(LESSON);
  await quiz(page).getByRole('button', { name: 'Show correct answers' }).click();
  await reload(page);
  await expect(quiz(page).getByRole('button', { name: 'Show correct answers' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await visit(PROGRESS);
  await expect(attemptsCell(page)).toHaveText('1');
});

test('1b. after practising, a new test attempt shows only its own answers after a reload', async ({
  page,
  visit,
}) => {
  await visit(LESSON);
  await titleIII(page).check();
  await check(page, 'title-i-scenario');
  await finish(page);
  await quiz(page).getByRole('button', { name: 'Try again (new attempt)' }).click();
  await modeButton(page, 'Test').click();
  await titleI(page).check();
  await reload(page);
  await expect(quiz(page).getByRole('heading', { name: /attempt 2/ })).toBeVisible();
  await expect(titleI(page)).toBeChecked();
  await expect(titleIII(page)).not.toBeChecked();
  await expect(quiz(page).getByText('not right')).toHaveCount(0);
  await expect(quiz(page).getByRole('button', { name: 'Submit answers' })).toBeEnabled();
});

test('4. a partly matched question is checked by the rule it states: unmatched terms count as wrong', async ({
  page,
  visit,
}) => {
  await visit(LESSON);
  const matching = question(page, 'match-parts');
  await expect(matching).toContainText('a term left unmatched counts as wrong');
  await matching.getByRole('combobox', { name: 'Title I', exact: true }).selectOption({
    label: 'Requires firms to accept and prioritize defense orders, and can allocate scarce materials',
  });
  await matching
    .getByRole('combobox', { name: 'Title III', exact: true })
    .selectOption({ label: 'Offers loans, loan guarantees and purchase commitments to expand supply' });
  await check(page, 'match-parts');
  await expect(matching.getByRole('status')).toHaveText(/^Partly right: 0\.4 of 1 mark\./);
  await finish(page);
  await expect(quiz(page).locator('.quiz-summary')).toContainText('(partly right)');
});

test('5. "questions you missed most" follows the latest answer, and says so', async ({ page, visit }) => {
  await visit(LESSON);
  await titleIII(page).check();
  await check(page, 'title-i-scenario');
  await visit(PROGRESS);
  const missed = page.getByRole('region', { name: 'Questions you missed most' });
  await expect(missed).toContainText('your latest answer to it');
  await expect(
    missed.getByRole('link', { name: 'Question 1 of “1.1 The Defense Production Act”' }),
  ).toBeVisible();
  await visit(LESSON);
  await question(page, 'title-i-scenario').getByRole('button', { name: 'Try this question again' }).click();
  await titleI(page).check();
  await check(page, 'title-i-scenario');
  await visit(PROGRESS);
  await expect(missed.getByRole('link')).toHaveCount(0);
  // A test attempt counts as well: missing it there puts it back on the list.
  await visit(LESSON);
  await finish(page);
  await quiz(page).getByRole('button', { name: 'Try again (new attempt)' }).click();
  await modeButton(page, 'Test').click();
  await titleIII(page).check();
  await finish(page);
  await visit(PROGRESS);
  await expect(
    missed.getByRole('link', { name: 'Question 1 of “1.1 The Defense Production Act”' }),
  ).toBeVisible();
});

test('6. after a reload, /progress says truthfully whether the browser keeps the data', async ({
  page,
  visit,
}) => {
  await visit(LESSON);
  await titleI(page).check();
  await check(page, 'title-i-scenario');
  await visit(PROGRESS);
  const region = page.getByRole('region', { name: 'Where your progress is kept' });
  await expect(region).toContainText(/Your browser (agreed|may clear)/);
  await reload(page);
  await expect(region).toContainText(/Your browser (agreed|may clear)/);
  await expect(region).not.toContainText('has not asked');
});

test('7. the navbar, sidebar and footer count partial work, and read 0% after a reset', async ({
  page,
  visit,
}) => {
  const navbar = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Your progress/ });
  await visit(LESSON);
  await expect(navbar).toHaveText('Your progress: 0%');
  await modeButton(page, 'Test').click();
  await titleI(page).check();
  await question(page, 'dx-do').getByRole('radio', { name: 'True', exact: true }).check();
  await finish(page);
  await expect(navbar).not.toHaveText('Your progress: 0%');
  const footer = page.getByRole('complementary', { name: 'Lesson progress' });
  await expect(footer).toContainText('2 of 8 questions right');
  await expect(footer).toContainText('pass mark (80%)');
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  await expect(
    sidebar.getByRole('link', { name: /The Defense Production Act.*2 of 8 questions right/ }),
  ).toBeVisible();
  await visit(PROGRESS);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(navbar).toHaveText('Your progress: 0%');
});
