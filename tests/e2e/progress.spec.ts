import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const GALLERY = '/docs/guides/question-gallery';
const START = '/docs/start-here';
const KEY = 'wcmai-progress:/';

const firstQuestion = (page: Page) => page.locator('li[id="question-gallery-single"]');

async function answerFirstQuestion(page: Page, choice: string) {
  const question = firstQuestion(page);
  await question.getByRole('radio', { name: choice, exact: true }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).not.toBeEmpty();
}

/** The progress as this tab last saved it (writes are batched, so leave the page first to flush). */
async function savedProgress(page: Page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

function seed(context: BrowserContext, value: string) {
  return context.addInitScript(
    ({ key, text }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', '1');
      }
    },
    { key: KEY, text: value },
  );
}

test('an answer is still there after a reload, checked and explained', async ({ page, visit }) => {
  await visit(GALLERY);
  await answerFirstQuestion(page, 'Title III');
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  const question = firstQuestion(page);
  await expect(question.getByRole('radio', { name: 'Title III' })).toBeChecked();
  await expect(question.getByRole('status')).toHaveText(/^Not quite: Title III pays/);
  await expect(question.getByRole('button', { name: 'Checked' })).toBeVisible();
});

test('two tabs answering different questions keep both answers', async ({ page, context, visit }) => {
  await visit(GALLERY);
  const second = await context.newPage();
  await second.goto(GALLERY.slice(1));
  await expect(second.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await answerFirstQuestion(page, 'Title I');
  const trueFalse = second.locator('li[id="question-gallery-truefalse"]');
  await trueFalse.getByRole('radio', { name: 'False' }).check();
  await trueFalse.getByRole('button', { name: 'Check answer' }).click();
  await expect(trueFalse.getByRole('status')).toHaveText(/^Correct/);
  // Leaving a page flushes its batched writes; then both answers must be in storage.
  await second.goto('about:blank');
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  const stored = await savedProgress(page);
  expect(Object.keys(stored.questions).sort()).toEqual(['gallery-single', 'gallery-truefalse']);
  await expect(
    page.locator('li[id="question-gallery-truefalse"]').getByRole('radio', { name: 'False' }),
  ).toBeChecked();
});

for (const { name, script } of [
  {
    name: 'full',
    script: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  },
  {
    name: 'blocked',
    script: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  },
]) {
  test(`with ${name} storage the quiz still works and the learner is told`, async ({ page, visit }) => {
    await page.addInitScript(script);
    await visit(GALLERY);
    await answerFirstQuestion(page, 'Title I');
    await expect(firstQuestion(page).getByRole('status')).toHaveText(/^Correct/);
    await expect(page.getByText('Your progress is not being saved on this device.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export a copy' })).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('Your progress is not being saved on this device.')).toHaveCount(0);
  });
}

test('unreadable saved data is set aside, not deleted, and the learner is told', async ({
  page,
  context,
  visit,
}) => {
  await seed(context, '{"version":1,"questions":');
  await visit(GALLERY);
  await answerFirstQuestion(page, 'Title I');
  await expect(page.getByText('Some saved progress could not be read.')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((key) => key.startsWith(`${KEY}:backup:`));
  expect(backup).toBeDefined();
  expect(await page.evaluate((key) => localStorage.getItem(key), backup!)).toBe('{"version":1,"questions":');
});

test('a question changed since it was answered is not silently re-scored', async ({
  page,
  context,
  visit,
}) => {
  const old = {
    version: 1,
    updatedAt: 1,
    questions: {
      'gallery-single': {
        quizId: 'gallery',
        response: { type: 'single', choice: 0 },
        fraction: 1,
        correct: true,
        hash: '0000000000abcd',
        answeredAt: 1,
      },
    },
    quizzes: {},
    lessons: {},
  };
  await seed(context, JSON.stringify(old));
  await visit(GALLERY);
  const question = firstQuestion(page);
  await expect(question.getByText('This question changed since you answered it')).toBeVisible();
  await expect(question.getByRole('radio', { name: 'Title I', exact: true })).not.toBeChecked();
  await expect(question.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('a passed quiz completes its lesson in the sidebar and the lesson footer', async ({
  page,
  context,
  visit,
}) => {
  const attempt = {
    id: 'a1',
    startedAt: 1,
    finishedAt: 2,
    mode: 'practice',
    earned: 7,
    possible: 7,
    percent: 100,
    passed: true,
  };
  await seed(
    context,
    JSON.stringify({
      version: 1,
      updatedAt: 2,
      questions: {},
      quizzes: { 'start-here': { attempts: [attempt] } },
      lessons: {},
    }),
  );
  await visit(START);
  await expect(page.getByRole('complementary', { name: 'Lesson progress' })).toContainText('Lesson complete');
  await expect(page.getByRole('link', { name: 'Start here (done)' })).toBeVisible();
  await page.getByRole('link', { name: /^Next:/ }).click();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Start here (done)' })).toBeVisible();
});

test('a page without a quiz can be marked as done', async ({ page, visit }) => {
  await visit('/docs/unit-1-two-levers/overview');
  const status = page.getByRole('complementary', { name: 'Lesson progress' });
  await status.getByRole('button', { name: 'Mark as done' }).click();
  await expect(status).toContainText('Lesson complete.');
  await expect(status.getByRole('button', { name: 'Marked as done' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Lesson progress' })).toContainText(
    'Lesson complete.',
  );
});
