/**
 * Shared Playwright fixtures: every page fails its test on a console error, an uncaught page error,
 * an unexpected dialog or a request that leaves the site's origin, and `visit` waits for hydration
 * before anything is clicked.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

type Problems = { console: string[]; page: string[]; dialogs: string[]; foreign: string[] };

function watch(page: Page, origin: string): Problems {
  const problems: Problems = { console: [], page: [], dialogs: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.page.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreign.push(url);
    }
  });
  return problems;
}

export const test = base.extend<{ problems: Problems; visit: (path: string) => Promise<void> }>({
  problems: async ({ page, baseURL }, provide) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const problems = watch(page, origin);
    await provide(problems);
    expect(problems.page, 'uncaught errors in the page').toEqual([]);
    expect(problems.console, 'console errors').toEqual([]);
    expect(problems.dialogs, 'unexpected dialogs').toEqual([]);
    expect(problems.foreign, 'requests that left the site').toEqual([]);
  },
  visit: async ({ page, problems }, provide) => {
    void problems;
    await provide(async (path: string) => {
      await page.goto(path.replace(/^\//, ''));
      await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    });
  },
});

export { expect };

/** The WCAG 2.2 A and AA rules every axe check in the browser tests runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An axe scan of the page against WCAG_TAGS, the one way every browser test runs axe. */
export function wcagAxe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS);
}

/** What axe finds against WCAG_TAGS on the page (or only inside `include`), one "rule: help" line each. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = wcagAxe(page);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

/** Every page path the site publishes, read from the built sitemap (relative to the base URL). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('build/sitemap.xml', 'utf8');
  const baseUrl = process.env.BASE_URL ?? '/';
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const path = new URL(match[1] ?? '/').pathname;
    return path.startsWith(baseUrl) ? path.slice(baseUrl.length) : path.replace(/^\//, '');
  });
}

/**
 * Switches the page's colour scheme and waits until the site has followed it and every colour
 * transition has ended: axe measuring a link or button halfway through its transition reports a
 * contrast failure that no reader ever sees (it made a CI run fail once).
 */
export async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
}
