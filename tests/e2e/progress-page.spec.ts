import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, wcagAxe } from './fixtures';

const GALLERY = '/docs/guides/question-gallery';
const START = '/docs/start-here';
const PROGRESS = '/progress';
const XSS = '<img src=x onerror=alert(1)>';

const importRegion = (page: Page) => page.getByRole('region', { name: 'Import a saved copy' });
const quizTable = (page: Page) => page.getByRole('table', { name: 'Your results for each quiz' });
const quizRow = (page: Page, quiz: string) =>
  quizTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: quiz, exact: true }) });
const storageText = (page: Page) => page.evaluate(() => JSON.stringify(localStorage));

/** Every row of the quiz table as text, cell by cell. */
const tableText = (page: Page) =>
  quizTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));

/** In the question gallery: "Title I" in the first question, checked (right). */
async function answerGallery(page: Page) {
  const question = page.locator('li[id="question-gallery-single"]');
  await question.getByRole('radio', { name: 'Title I', exact: true }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toHaveText(/^Correct/);
}

/** In Start here: "True" to the true-or-false question (wrong), then finish the attempt. */
async function attemptStartHere(page: Page) {
  const quiz = page.locator('section[data-quiz-id="start-here"]');
  const question = quiz.locator('li[id="question-sh-progress-server"]');
  await question.getByRole('radio', { name: 'True', exact: true }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toHaveText(/^Not quite/);
  await quiz.getByRole('button', { name: 'Finish and see my result' }).click();
  // The other questions are unanswered, so the quiz asks first.
  await quiz.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(quiz.getByRole('heading', { name: 'Your result' })).toBeFocused();
}

test('the server HTML of the progress page is the "no progress yet" state', async ({ page }) => {
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(PROGRESS.slice(1));
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByText(/^No progress yet\./)).toBeVisible();
  await expect(page.getByText('Overall: 0% complete')).toBeVisible();
});

test('answers and attempts from the lessons appear on the progress page', async ({ page, visit }) => {
  await visit(GALLERY);
  await answerGallery(page);
  await visit(START);
  await attemptStartHere(page);
  await visit(PROGRESS);

  await expect(page.getByText(/^No progress yet\./)).toHaveCount(0);
  await expect(page.getByText(/^Your progress is saved in this browser/)).toBeVisible();
  const gallery = quizRow(page, 'Question gallery').getByRole('cell');
  await expect(gallery.nth(0)).toHaveText(/^1 of \d+ right$/);
  const start = quizRow(page, 'Start here').getByRole('cell');
  await expect(start.nth(1)).toHaveText(/^\d+%$/);
  await expect(start.nth(2)).toHaveText('1');
  await expect(start.nth(3)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(start.nth(4)).toHaveText('No');
  await expect(page.getByText(/since you saved a copy|not saved a copy/)).toBeVisible();

  const missed = page.getByRole('region', { name: 'Questions you missed most' });
  await missed.getByRole('link', { name: /of “Start here”$/ }).click();
  await expect(page).toHaveURL(/\/docs\/start-here#question-sh-progress-server$/);
  await expect(page.locator('li[id="question-sh-progress-server"]')).toBeInViewport();
});

test('an export from one browser imports into a fresh one and shows the same results', async ({
  page,
  visit,
  browser,
  baseURL,
}) => {
  await visit(GALLERY);
  await answerGallery(page);
  await visit(START);
  await attemptStartHere(page);
  await visit(PROGRESS);
  const rows = await tableText(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^who-controls-military-ai-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = readFileSync(await download.path());
  await expect(page.getByText(/since you saved a copy|not saved a copy/)).toHaveCount(0);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const problems: string[] = [];
  other.on('pageerror', (error) => problems.push(error.message));
  other.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  other.on('dialog', (dialog) => void (problems.push(dialog.message()), dialog.dismiss()));
  await other.goto(PROGRESS.slice(1));
  await expect(other.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(other.getByText(/^No progress yet\./)).toBeVisible();
  await other
    .getByLabel('Progress file (.json)')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  await expect(importRegion(other).getByRole('heading', { name: 'Check before importing' })).toBeFocused();
  await importRegion(other).getByRole('button', { name: 'Merge' }).click();
  await expect(importRegion(other).getByRole('status')).toHaveText(/^Merged: .*imported/);
  await expect(importRegion(other).getByRole('status')).toBeFocused();
  expect(await tableText(other)).toEqual(rows);
  // The import is saved: a reload shows the same table.
  await other.reload();
  await expect(other.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(quizRow(other, 'Start here').getByRole('cell').nth(2)).toHaveText('1');
  expect(await tableText(other)).toEqual(rows);
  await fresh.close();
  expect(problems).toEqual([]);
});

test('hostile files are refused in an alert and leave storage byte-identical', async ({ page, visit }) => {
  await visit(GALLERY);
  await answerGallery(page);
  await visit(PROGRESS);
  const before = await storageText(page);
  expect(before).toContain('gallery-single');
  const valid = JSON.stringify({ version: 1, updatedAt: 1, questions: {}, quizzes: {}, lessons: {} });
  const files: [string, string | Buffer, RegExp][] = [
    [
      'pollution.json',
      '{"__proto__":{"polluted":1},"version":1,"questions":{"__proto__":{}}}',
      /not a progress file/,
    ],
    ['markup.json', JSON.stringify({ ...JSON.parse(valid), quizzes: { [XSS]: 1 } }), /not a progress file/],
    ['truncated.json', valid.slice(0, 30), /cut off/],
    ['deep.json', '['.repeat(10_000) + ']'.repeat(10_000), /nested far deeper/],
    ['future.json', JSON.stringify({ ...JSON.parse(valid), version: 7 }), /newer version/],
    ['results.json', 'student,quiz,score\nAda,gallery,80\n', /spreadsheet \(CSV\)/],
    ['empty.json', '', /empty/],
    ['huge.json', Buffer.alloc(1024 * 1024 + 1, ' '), /under 1 MB/],
  ];
  for (const [name, content, reason] of files) {
    await page
      .getByLabel('Progress file (.json)')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = importRegion(page).getByRole('alert');
    await expect(alert, name).toHaveText(reason);
    await expect(alert, name).toHaveText(/Nothing was changed\.$/);
    expect(await storageText(page), name).toBe(before);
  }
  await expect(importRegion(page).getByRole('alert')).toHaveText(/under 1 MB/);
  await expect(page.locator('main img, main script, main svg')).toHaveCount(0);
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
});

test('markup inside an imported file is shown as text, and Undo takes the import back', async ({
  page,
  visit,
}) => {
  await visit(PROGRESS);
  const file = {
    version: 1,
    updatedAt: 1,
    questions: {},
    quizzes: {},
    lessons: {},
    lastPage: { path: '/docs/start-here', title: XSS, at: 1 },
  };
  await page.getByLabel('Progress file (.json)').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await importRegion(page).getByRole('button', { name: 'Merge' }).click();
  const resume = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(resume.getByRole('link', { name: XSS })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await importRegion(page).getByRole('button', { name: 'Undo import' }).click();
  await expect(importRegion(page).getByRole('status')).toHaveText(/import was undone/);
  await expect(resume).toHaveCount(0);
});

test('reset asks on the page (no dialog), clears, and Undo restores', async ({ page, visit }) => {
  await visit(GALLERY);
  await answerGallery(page);
  await visit(PROGRESS);
  const gallery = quizRow(page, 'Question gallery').getByRole('cell').first();
  await expect(gallery).toHaveText(/^1 of/);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  const region = page.getByRole('region', { name: 'Start again' });
  await expect(region.getByRole('status')).toHaveText('Progress cleared.');
  await expect(region.getByRole('status')).toBeFocused();
  await expect(quizRow(page, 'Question gallery')).toHaveCount(0);
  await region.getByRole('button', { name: 'Undo reset' }).click();
  await expect(region.getByRole('status')).toBeFocused();
  await expect(gallery).toHaveText(/^1 of/);
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(quizRow(page, 'Question gallery').getByRole('cell').first()).toHaveText(/^1 of/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with progress, a refused file and a preview (${colorScheme})`, async ({
    page,
    visit,
  }) => {
    await page.emulateMedia({ colorScheme });
    await visit(START);
    await attemptStartHere(page);
    await visit(PROGRESS);
    const analyze = async () =>
      (await wcagAxe(page).analyze()).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(await analyze()).toEqual([]);
    const input = page.getByLabel('Progress file (.json)');
    await input.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(importRegion(page).getByRole('alert')).toBeVisible();
    expect(await analyze()).toEqual([]);
    const file = JSON.stringify({ version: 1, updatedAt: 1, questions: {}, quizzes: {}, lessons: {} });
    await input.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(importRegion(page).getByRole('button', { name: 'Merge' })).toBeVisible();
    await page.getByRole('button', { name: 'Reset my progress' }).click();
    expect(await analyze()).toEqual([]);
  });
}
