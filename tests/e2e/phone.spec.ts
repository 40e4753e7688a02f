import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, sitemapPaths } from './fixtures';
import { controlsOffTheirLabel, sidewaysScroll, smallTargets } from './phoneLayout';

// Most students open an assignment link on a phone: every page at a common phone width (390 px,
// an iPhone 12–15) and the narrowest still in use (320 px, an iPhone SE 1st gen), in both schemes.
const WIDTHS = [390, 320];
const HEIGHT = 844;
const paths = sitemapPaths();

async function layoutProblems(page: Page) {
  return {
    sideways: await page.evaluate(sidewaysScroll),
    offLabel: await page.evaluate(controlsOffTheirLabel),
    smallTargets: await page.evaluate(smallTargets),
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`phone layout, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme, viewport: { width: WIDTHS[0]!, height: HEIGHT } });
    for (const path of paths) {
      test(`/${path} fits a phone: no sideways scroll, controls beside their labels, targets 24 px`, async ({
        page,
        visit,
      }) => {
        await visit(`/${path}`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: HEIGHT });
          expect(await layoutProblems(page), `at ${width} px`).toEqual({
            sideways: [],
            offLabel: [],
            smallTargets: [],
          });
        }
      });
    }
  });
}

const LESSON = '/docs/unit-1-two-levers/defense-production-act';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: HEIGHT } });

  test('checking a matching question keeps its button in view', async ({ page, visit }) => {
    await visit(LESSON);
    const question = page
      .locator('li[id^="question-"]')
      .filter({ has: page.locator('select') })
      .first();
    const selects = question.locator('select');
    for (let index = 0; index < (await selects.count()); index += 1) {
      await selects.nth(index).selectOption({ index: 1 });
    }
    const check = question.getByRole('button', { name: 'Check answer' });
    await check.scrollIntoViewIfNeeded();
    // The learner's thumb is on the button at the bottom of the screen.
    await check.evaluate((button) =>
      window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 8),
    );
    await check.click();
    const checked = question.getByRole('button', { name: 'Checked' });
    await expect(checked).toBeFocused();
    await expect(question.getByText(/right$/).first()).toBeVisible();
    await expect(checked).toBeInViewport({ ratio: 1 });
  });

  test('a long match is shown whole, not cut off', async ({ page, visit }) => {
    await visit(LESSON);
    const select = page.locator('li[id^="question-"] select').first();
    const longest = await select.evaluate((el: HTMLSelectElement) =>
      [...el.options].map((option) => option.text).reduce((a, b) => (b.length > a.length ? b : a)),
    );
    await select.selectOption({ label: longest });
    const face = select.locator('xpath=preceding-sibling::*[1]');
    await expect(face).toHaveText(longest);
    // Wrapped inside the question, never wider than it.
    const fits = await face.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
  });

  test('/progress shows one card per quiz, with whether it was passed', async ({ page, visit }) => {
    await visit('/progress');
    const cards = page.getByRole('list', { name: 'Your results for each quiz' }).getByRole('listitem');
    expect(await cards.count()).toBeGreaterThan(5);
    await expect(cards.first().getByText('Passed', { exact: true })).toBeVisible();
    await expect(page.getByRole('table')).toBeHidden();
  });

  test('screenshots for the README: a lesson quiz, /progress and /teach at 390 px', async ({
    page,
    visit,
  }) => {
    // Written to the README's folder only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves
    // the work tree as it was.
    const folder = process.env.UPDATE_SCREENSHOTS ? '.github/screenshots' : 'test-results/screenshots';
    mkdirSync(folder, { recursive: true });
    await visit(LESSON);
    const first = page.locator('li[id^="question-"]').first();
    await first.getByRole('radio').nth(1).check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.getByRole('status')).not.toBeEmpty();
    await page
      .locator('section[data-quiz-id] h3')
      .first()
      .evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${folder}/lesson-quiz-390.png` });
    await visit('/progress');
    await page.getByRole('heading', { name: 'Quiz results' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${folder}/progress-390.png` });
    await visit('/teach');
    await page.screenshot({ path: `${folder}/teach-390.png` });
  });
});

test.describe('the phone menu', () => {
  test.use({ viewport: { width: WIDTHS[0]!, height: HEIGHT } });

  test('opens from a lesson on the course outline, with the lesson marked, then the main menu with the progress link', async ({
    page,
    visit,
  }) => {
    await visit('/docs/unit-1-two-levers/defense-production-act');
    const menu = page.locator('.navbar-sidebar');
    // Built on first opening, not at start-up (src/theme/Navbar/MobileSidebar).
    await expect(menu).toHaveCount(0);
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const next = menu.getByRole('link', { name: /Supply-chain-risk authorities/ });
    await expect(next).toBeInViewport();
    await expect(menu.getByRole('link', { name: /The Defense Production Act/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await menu.getByRole('button', { name: /Back to main menu/ }).click();
    await expect(menu.getByRole('link', { name: /^Your progress: \d+%$/ })).toBeInViewport();
    await menu.getByRole('button', { name: 'Close navigation bar' }).click();
    await expect(menu.getByRole('link', { name: /^Your progress/ })).not.toBeInViewport();
  });

  test('closes on Escape and gives focus back to the button that opened it', async ({ page, visit }) => {
    await visit('/docs/unit-1-two-levers/defense-production-act');
    const toggle = page.getByRole('button', { name: 'Toggle navigation bar' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.navbar-sidebar');
    const next = menu.getByRole('link', { name: /Supply-chain-risk authorities/ });
    await expect(next).toBeInViewport();
    await next.focus();
    await page.keyboard.press('Escape');
    await expect(next).not.toBeInViewport();
    await expect(toggle).toBeFocused();
  });
});
