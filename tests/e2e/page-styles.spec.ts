import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, sitemapPaths } from './fixtures';

// Page-only styles (plugins/page-styles.ts) leave the shared stylesheet: each page must still be
// styled from its first paint, and after a learner navigates to it inside the site.
const builtSheets = readdirSync('build/assets/css')
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(`build/assets/css/${name}`, 'utf8'));

/**
 * Classes the page's elements carry that some built stylesheet styles but no stylesheet the page
 * has loaded does: what would show unstyled. The browser parses both the HTML and the CSS.
 */
function unstyledClasses(page: Page) {
  return page.evaluate((sheets) => {
    const classesOf = (rules: CSSRuleList, into: Set<string>) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) {
          for (const match of rule.selectorText.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) into.add(match[1]!);
        }
        if ('cssRules' in rule) classesOf((rule as CSSGroupingRule).cssRules, into);
      }
      return into;
    };
    const anywhere = new Set<string>();
    for (const text of sheets) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      classesOf(sheet.cssRules, anywhere);
    }
    const loaded = new Set<string>();
    for (const sheet of Array.from(document.styleSheets)) classesOf(sheet.cssRules, loaded);
    const used = new Set(
      Array.from(document.querySelectorAll('[class]')).flatMap((el) => Array.from(el.classList)),
    );
    return [...used].filter((name) => anywhere.has(name) && !loaded.has(name)).sort();
  }, builtSheets);
}

const stylesheets = (page: Page) =>
  page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page of the sitemap links every stylesheet its HTML needs', async ({ page }) => {
    test.setTimeout(180_000);
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(30);
    const linkedPageSheets = new Set<string>();
    for (const path of paths) {
      await page.goto(path);
      expect(await unstyledClasses(page), path).toEqual([]);
      for (const sheet of await stylesheets(page))
        if (!/\/styles\.[0-9a-f]+\.css$/.test(sheet)) linkedPageSheets.add(sheet);
    }
    // Some pages do link a page stylesheet: the check above is not passing over an empty set.
    expect(linkedPageSheets.size).toBeGreaterThan(3);
  });

  test("a lesson loads only the shared stylesheet, none of the teacher's or progress pages'", async ({
    page,
  }) => {
    await page.goto('docs/unit-1-two-levers/defense-production-act');
    expect(await stylesheets(page)).toEqual([
      expect.stringMatching(/\/assets\/css\/styles\.[0-9a-f]+\.css$/),
    ]);
  });
});

test('a page reached from a lesson inside the site is styled, each stylesheet loaded once', async ({
  page,
  visit,
}) => {
  await visit('/docs/unit-1-two-levers/defense-production-act');
  const navbar = page.getByRole('navigation', { name: 'Main' });
  await navbar.getByRole('link', { name: /^Your progress/ }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await unstyledClasses(page)).toEqual([]);
  await page.goto('teach');
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  expect(await unstyledClasses(page)).toEqual([]);
  const sheets = await stylesheets(page);
  expect(sheets.length).toBeGreaterThan(1);
  expect(new Set(sheets).size).toBe(sheets.length);
});
