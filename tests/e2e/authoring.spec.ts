import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, WCAG_TAGS } from './fixtures';

test('an instructor edits a live example and sees the changed quiz at once', async ({ page, visit }) => {
  await visit('/docs/guides/writing-quizzes');
  const editor = page.locator('[contenteditable]').first();
  await expect(editor).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Title I', exact: true }).first()).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(
    '<Quiz id="edit"><Question id="edit-1" type="truefalse" answer="true"><p>An edited prompt</p><Explanation><p>Why.</p></Explanation></Question></Quiz>',
  );
  await expect(page.getByRole('group', { name: 'Question 1 of 1 An edited prompt' })).toBeVisible();
});

test('a typo in a live example shows a readable message, not a broken page', async ({ page, visit }) => {
  await visit('/docs/guides/writing-quizzes');
  const editor = page.locator('[contenteditable]').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(
    '<Quiz id="edit"><Question id="edit-1" type="single"><p>Pick</p><Option>Only one</Option><Explanation><p>Why.</p></Explanation></Question></Quiz>',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'This quiz (“edit”) has a problem' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Writing quizzes' })).toBeVisible();
});

// The playground's chunk carries its CSS-module class names; minified code has no package names.
const PLAYGROUND_MARK = 'playgroundEditor';
// A message of the quiz schema (src/quiz/schema.ts): present wherever the schemas are loaded.
const QUIZ_SCHEMA_MARK = 'at least two options';

/** Records the JavaScript the page loads, so a test can ask which code came with a page. */
function recordScripts(page: Page) {
  // Bodies are read asynchronously, so keep the promises and await them all before looking.
  let bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text().catch(() => ''));
  });
  return {
    count: () => bodies.length,
    loaded: async (mark: string) => (await Promise.all(bodies)).some((body) => body.includes(mark)),
    forget: () => {
      bodies = [];
    },
  };
}

test('only the instructor guide loads the live-code playground and the quiz schemas, lesson pages do not', async ({
  page,
  visit,
}) => {
  const scripts = recordScripts(page);
  await visit('/docs/guides/writing-quizzes');
  // The playground is loaded lazily after hydration: wait until the editor is on screen.
  await expect(page.locator('[contenteditable]').first()).toBeVisible();
  // Its quizzes were not checked by the build, so the page validates them with the schemas.
  await expect(page.getByRole('radio', { name: 'Title I', exact: true }).first()).toBeVisible();
  expect(await scripts.loaded(PLAYGROUND_MARK)).toBe(true);
  expect(await scripts.loaded(QUIZ_SCHEMA_MARK)).toBe(true);
  scripts.forget();
  await visit('/docs/unit-1-two-levers/defense-production-act');
  // The lesson's quiz works: the build checked it, so the page only fills in its defaults.
  const option = page
    .locator('section[data-quiz-id]')
    .getByRole('group', { name: /^Question 1 of/ })
    .getByRole('radio')
    .first();
  await option.check();
  await expect(option).toBeChecked();
  await page.waitForLoadState('networkidle');
  expect(scripts.count()).toBeGreaterThan(0);
  expect(await scripts.loaded(PLAYGROUND_MARK)).toBe(false);
  expect(await scripts.loaded(QUIZ_SCHEMA_MARK)).toBe(false);
});

// The highlighter (Prism) loads only on pages with a code block (plugins/prism-on-demand.ts).
test('code blocks are highlighted on a full load and after moving there from a lesson', async ({
  page,
  visit,
}) => {
  const errorBlock = page.locator('pre.prism-code').filter({ hasText: 'expected exactly one option' });
  await visit('/docs/guides/for-instructors');
  await expect(errorBlock).toBeVisible();
  await expect(errorBlock.locator('.token-line').first()).toBeVisible();

  // A lesson loads no highlighter; following a link to the guide loads it and highlights the block.
  await visit('/docs/unit-1-two-levers/defense-production-act');
  await page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'For instructors' })).toBeVisible();
  await expect(errorBlock).toBeVisible();
  await expect(page.getByRole('button', { name: /copy/i }).first()).toBeAttached();
});

test('on a slow connection the guide’s code shows as plain text a keyboard user can scroll, then highlighted', async ({
  page,
  visit,
}) => {
  // Hold back every chunk but the main bundle, as a slow network would: once the page hydrates, its
  // code blocks wait for the highlighter and the playground with the plain code on screen.
  await page.route(/\/assets\/js\/(?!main|runtime).*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await visit('/docs/guides/writing-quizzes');
  const plain = page.locator('.theme-doc-markdown > pre');
  await expect(plain.first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('.theme-doc-markdown').analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await expect(page.locator('pre.prism-code').first()).toBeVisible({ timeout: 20_000 });
  await expect(plain).toHaveCount(0);
});
