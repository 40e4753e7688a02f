import { encodeAssignment, FRAGMENT_KEY } from '@site/src/classroom/assignment';
import { test, expect, sitemapPaths, wcagAxe } from './fixtures';

const paths = sitemapPaths();

test('the sitemap lists the home page and the course pages', () => {
  expect(paths).toContain('');
  expect(paths).toContain('docs/start-here');
  expect(paths.length).toBeGreaterThan(5);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility sweep, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`axe finds nothing on /${path}`, async ({ page, visit }) => {
        await visit(`/${path}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await wcagAxe(page).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('the home page offers the three paths into the course', async ({ page, visit }) => {
  await visit('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Who Controls Military AI?' })).toBeVisible();
  for (const name of ['Start learning', 'For teachers', 'For instructors']) {
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
  }
  await page.getByRole('main').getByRole('link', { name: 'Start learning' }).click();
  await expect(page).toHaveURL(/\/docs\/start-here$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start here');
});

test('a keyboard user who tabs past the search box keeps their place when its index arrives', async ({
  page,
  visit,
}) => {
  // Count the search box's focus() calls, through whatever the page puts in front of focus(), so
  // the test knows when the plugin's late re-focus has been tried (instead of sleeping and hoping).
  await page.addInitScript(() => {
    const original = HTMLElement.prototype.focus;
    const assigned = new WeakMap<HTMLElement, (options?: FocusOptions) => void>();
    const calls: string[] = [];
    Object.assign(window, { searchFocusCalls: calls });
    Object.defineProperty(HTMLElement.prototype, 'focus', {
      configurable: true,
      get(this: HTMLElement) {
        const focus = assigned.get(this) ?? original;
        return (options?: FocusOptions) => {
          if (this.getAttribute('aria-label') === 'Search')
            calls.push(this.getAttribute('role') ?? 'textbox');
          focus.call(this, options);
        };
      },
      set(this: HTMLElement, focus: (options?: FocusOptions) => void) {
        assigned.set(this, focus);
      },
    });
  });
  await visit('/docs/start-here');
  // Tab to the search box (the focus starts its index loading), then one step on.
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Search')) break;
  }
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(next).not.toBe('');
  // Once its index has loaded (the box is then a combobox), the plugin calls focus() on the box.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { searchFocusCalls: string[] }).searchFocusCalls), {
      timeout: 15_000,
    })
    .toContain('combobox');
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(next);
});

test('no page request leaves the site, on any page or in a search', async ({ page, visit, problems }) => {
  for (const path of paths) await visit(`/${path}`);
  await visit('/');
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('start');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(problems.foreign).toEqual([]);
});

test('with an assignment, the first Tab reaches "Skip to main content", the next the assignment banner', async ({
  page,
  visit,
}) => {
  const { payload } = encodeAssignment({
    title: 'Week 1',
    className: '',
    passMark: 80,
    lessons: ['start-here'],
    quizzes: [],
  });
  await visit(`/docs/start-here#${FRAGMENT_KEY}=${payload}`);
  const banner = page.getByRole('complementary', { name: 'Assignment' });
  await expect(banner).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await banner.evaluate((element) => element.contains(document.activeElement))).toBe(true);
});
