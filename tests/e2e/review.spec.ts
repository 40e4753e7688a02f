import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, wcagAxe } from './fixtures';

const START = '/docs/start-here';
const KEY = 'wcmai-progress:/';
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-12-01T09:00:00Z');

interface Schedule {
  due: number;
  last: number;
  grade: number;
}

/** The review schedules this browser saved (writes are batched: leave or reload the page first). */
async function savedReview(page: Page): Promise<Record<string, Schedule>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"review":{}}').review, KEY);
}

/** Start here's quiz with one wrong answer (true-or-false) and two right ones, finished. */
async function answerStartHereWithOneMistake(page: Page) {
  const quiz = page.locator('section[data-quiz-id="start-here"]');
  const answer = async (id: string, choice: string) => {
    const question = quiz.locator(`li[id="question-${id}"]`);
    await question.getByRole('radio', { name: choice, exact: true }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).not.toBeEmpty();
  };
  await answer('sh-progress-server', 'True');
  await answer('sh-pass-mark', '8 points');
  await answer(
    'sh-move-device',
    'Export your progress from the Progress page on the school computer, then import the file at home.',
  );
  await quiz.getByRole('button', { name: 'Finish and see my result' }).click();
  // Four questions are left unanswered, so the quiz asks first.
  await quiz.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(quiz.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

test('a question missed in a lesson comes back on /review, and answering it right moves its date out', async ({
  page,
  visit,
}) => {
  await page.clock.install({ time: T0 });
  await visit(START);
  await answerStartHereWithOneMistake(page);
  await visit('/');
  expect(Object.keys(await savedReview(page)).sort()).toEqual([
    'sh-move-device',
    'sh-pass-mark',
    'sh-progress-server',
  ]);
  await expect(page.getByRole('link', { name: /to review$/ })).toHaveCount(0);

  // A day and an hour later: only the missed question is due, in the navbar, on the home page and on /review.
  await page.clock.setSystemTime(T0.getTime() + DAY + 60 * 60 * 1000);
  await visit('/');
  await expect(page.getByRole('navigation').getByRole('link', { name: '1 to review' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '1 to review' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: '1 to review' }).click();
  await expect(page.getByRole('heading', { name: 'From “Start here”' })).toBeVisible();
  const question = page.getByRole('group', {
    name: /^Question 1 of 1\s*True or false: your quiz progress is saved/,
  });
  await expect(question).toBeVisible();
  const before = (await savedReview(page))['sh-progress-server']!;

  await question.getByRole('radio', { name: 'False', exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText(/^Saved: this question comes back in \d+ days/)).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: /to review$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish this review' }).click();
  await expect(page.getByRole('heading', { name: 'Review done: 1 question' })).toBeFocused();
  await page.reload();
  const after = (await savedReview(page))['sh-progress-server']!;
  expect(after.last).toBeGreaterThan(before.last);
  expect(after.due - after.last).toBeGreaterThan(before.due - before.last);
  await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
  await expect(page.getByText(/^3 questions are in your review\. The next one is due in /)).toBeVisible();
});

test('export, then import in a fresh browser, restores the review schedule exactly', async ({
  page,
  visit,
  browser,
  baseURL,
}) => {
  await page.clock.install({ time: T0 });
  await visit(START);
  await answerStartHereWithOneMistake(page);
  // A review on /review too, so the file carries a schedule the scheduler wrote, not only lesson entries.
  await page.clock.setSystemTime(T0.getTime() + 2 * DAY);
  await visit('/review');
  await page.getByRole('radio', { name: 'False', exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await visit('/progress');
  const schedule = await savedReview(page);
  expect(Object.keys(schedule)).toHaveLength(3);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  const file = readFileSync(await download.path());

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const problems: string[] = [];
  other.on('pageerror', (error) => problems.push(error.message));
  other.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  await other.clock.install({ time: T0.getTime() + 2 * DAY + 60_000 });
  await other.goto('progress');
  await expect(other.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await other
    .getByLabel('Progress file (.json)')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  await other.getByRole('button', { name: 'Merge' }).click();
  await expect(other.getByRole('status').filter({ hasText: /^Merged: / })).toHaveText(
    /3 review schedules imported/,
  );
  await other.goto('review');
  await expect(other.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  expect(await savedReview(other)).toEqual(schedule);
  await expect(other.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
  await fresh.close();
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a keyboard user reviews on a 390 px phone, and axe finds nothing (${colorScheme})`, async ({
    page,
    visit,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.clock.install({ time: T0 });
    await visit(START);
    await answerStartHereWithOneMistake(page);
    await page.clock.setSystemTime(T0.getTime() + 4 * DAY);
    await visit('/review');
    const analyze = async () =>
      (await wcagAxe(page).analyze()).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    const fitsTheScreen = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    // All three are due by now: the missed one first.
    await expect(page.getByRole('group', { name: /^Question 1 of 3\s*True or false/ })).toBeVisible();
    expect(await analyze()).toEqual([]);
    expect(await fitsTheScreen()).toBe(true);

    // Keyboard only: Tab into the question, arrow to "False", Tab to Check, Enter.
    const trueRadio = page.getByRole('radio', { name: 'True', exact: true });
    await page.getByRole('link', { name: 'Open the lesson' }).focus();
    await page.keyboard.press('Tab');
    await expect(trueRadio).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'False', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Saved: / })).toHaveText(
      /comes back in \d+ days/,
    );
    // The optional grades are real buttons, reached with Tab and pressed with Enter.
    const hard = page.getByRole('button', { name: /^Hard: again in \d+ days?$/ });
    while (!(await hard.evaluate((element) => element === document.activeElement)))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(hard).toHaveAttribute('aria-pressed', 'true');
    expect(await analyze()).toEqual([]);
    expect(await fitsTheScreen()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'From “Start here”' })).toBeFocused();
    await expect(page.getByRole('group', { name: /^Question 2 of 3/ })).toBeVisible();
  });
}
