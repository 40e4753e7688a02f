import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

// The instructor guide shows the build's error message in a plain-text block (```text). On a phone
// the whole message must be readable: it wraps inside the block's padding instead of running off
// the edge, whether the highlighter has loaded or the plain fallback is on screen.

const layout = (block: Locator) =>
  block.evaluate((pre) => {
    const code = pre.querySelector('code')!;
    const inner = code.getBoundingClientRect();
    const outer = pre.getBoundingClientRect();
    return {
      overflow: pre.scrollWidth - pre.clientWidth,
      left: inner.left - outer.left + parseFloat(getComputedStyle(code).paddingLeft),
      right: outer.right - inner.right + parseFloat(getComputedStyle(code).paddingRight),
    };
  });

test.use({ viewport: { width: 390, height: 844 } });

test('the guide’s sample error message wraps within its padding on a phone', async ({ page, visit }) => {
  await visit('/docs/guides/for-instructors');
  const block = page.locator('pre.prism-code').filter({ hasText: 'expected exactly one option' });
  await expect(block).toBeVisible();
  const { overflow, left, right } = await layout(block);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(left).toBeGreaterThanOrEqual(8);
  expect(right).toBeGreaterThanOrEqual(8);
  await expect(block).toContainText('if several are right.');
});

test('the plain fallback shown while the highlighter loads wraps the message too', async ({
  page,
  visit,
}) => {
  // Hold back every chunk but the main bundle, so a client-side visit shows the plain fallback.
  await visit('/docs/unit-1-two-levers/defense-production-act');
  await page.route(/\/assets\/js\/(?!main|runtime).*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' }).click();
  const plain = page.locator('.theme-doc-markdown > pre').filter({ hasText: 'expected exactly one option' });
  await expect(plain).toBeVisible();
  const { overflow } = await plain.evaluate((pre) => ({ overflow: pre.scrollWidth - pre.clientWidth }));
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('pre.prism-code').first()).toBeVisible({ timeout: 20_000 });
});
