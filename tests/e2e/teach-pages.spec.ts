import { test, expect, axeViolations, switchColorScheme } from './fixtures';

// The teacher pages as a teacher meets them: their own navbar, /teach on a phone, and the page
// with a handout and a saved assignment in both colour schemes.

// Two axe runs and a page of forms: on a busy two-core machine this outlasts the default minute.
test.describe.configure({ timeout: 120_000 });

test('the navbar shows a teacher’s tools on teacher pages, and a learner’s progress elsewhere', async ({
  page,
  visit,
}) => {
  await visit('/teach/gradebook');
  const navbar = page.getByRole('navigation', { name: 'Main' });
  await expect(navbar.getByRole('link', { name: 'Assignments' })).toBeVisible();
  await expect(navbar.getByRole('link', { name: 'Gradebook' })).toHaveAttribute('aria-current', 'page');
  await expect(navbar.getByText(/Your progress/)).toHaveCount(0);
  await navbar.getByRole('link', { name: 'Assignments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an assignment' })).toBeVisible();
  await expect(navbar.getByRole('link', { name: 'Assignments' })).toHaveAttribute('aria-current', 'page');
  await visit('/docs/start-here');
  await expect(navbar.getByRole('link', { name: /Your progress/ })).toBeVisible();
  await expect(navbar.getByRole('link', { name: 'Gradebook' })).toHaveCount(0);
});

test('/teach with a handout and a saved assignment passes axe in both colour schemes', async ({
  page,
  visit,
}) => {
  await visit('/teach');
  await page.getByRole('checkbox', { name: /^Lesson: The Defense Production Act/ }).check();
  await page.getByLabel('Title').fill('Week 2');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  await expect(
    page.getByRole('region', { name: 'Your assignments' }).getByRole('heading', { name: 'Week 2' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await switchColorScheme(page, 'dark');
  expect(await axeViolations(page)).toEqual([]);
});

test('/teach works on a phone: no sideways scroll, large targets beside their labels', async ({
  page,
  visit,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit('/teach');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const boxes = page.locator('main input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(20);
  const problems = await boxes.evaluateAll((inputs) =>
    inputs.flatMap((input) => {
      const label = input.closest('label');
      const target = label?.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      const text = label?.querySelector('span')?.getBoundingClientRect();
      const name = label?.textContent ?? '?';
      if (!target || !text) return [`${name}: no label`];
      const found = [];
      if (target.height < 44 || target.width < 44)
        found.push(`${name}: target ${target.width}×${target.height}`);
      // The box sits on the first line of its words, not above them.
      if (Math.abs(box.top - text.top) > 8 || box.left >= text.left)
        found.push(`${name}: box not beside label`);
      return found;
    }),
  );
  expect(problems).toEqual([]);
  const bullets = await page
    .locator('main ul')
    .evaluateAll((lists) => lists.filter((list) => getComputedStyle(list).listStyleType !== 'none').length);
  expect(bullets).toBe(0);
});
