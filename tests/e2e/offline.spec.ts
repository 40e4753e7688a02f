import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../scripts/bench/staticServer.mjs';
import { freePort } from '../../scripts/bench/util.mjs';
import { test, expect } from './fixtures';

// A lesson this test has not opened while online: it must come from the service worker's precache.
const LESSON = '/docs/unit-2-usage-policies/what-a-usage-policy-is';
const QUESTION_ID = 'u2-usage-policy-beyond-law';
const KEY = 'wcmai-progress:/';

test('after one visit the course works offline: an unvisited lesson loads, its quiz saves and restores, search finds pages', async ({
  page,
  context,
  visit,
}) => {
  await visit('/');
  const footer = page.getByRole('contentinfo');
  // The service worker registers after the load event and precaches the whole course before it activates.
  await expect(footer.getByText('Available offline', { exact: true })).toBeVisible({ timeout: 45_000 });

  await context.setOffline(true);
  await visit(LESSON); // a full page load, answered by the service worker
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What a usage policy is');
  await expect(footer.getByText('Available offline', { exact: true })).toBeVisible();

  const question = page.locator(`li[id="question-${QUESTION_ID}"]`);
  await question.getByRole('radio', { name: 'True', exact: true }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toHaveText(/^Correct/);

  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
  expect(Object.keys(saved?.questions ?? {})).toContain(QUESTION_ID);
  await expect(question.getByRole('radio', { name: 'True', exact: true })).toBeChecked();
  await expect(question.getByRole('status')).toHaveText(/^Correct/);

  // The search index is precached too.
  await page.getByRole('textbox', { name: 'Search' }).fill('usage policy');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
});

test('the footer says nothing about offline use where service workers are blocked', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('');
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await page.waitForLoadState('load');
  await expect(page.getByRole('contentinfo').getByRole('status')).toBeEmpty();
  await context.close();
});

test('Chrome can install the course as an app: the manifest and its icon are complete', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  // Chrome never offers to install from a private window, and test contexts are private: use a profile.
  const profile = await mkdtemp(path.join(os.tmpdir(), 'wcmai-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = await context.newPage();
    await page.goto('');
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/manifest\.json$/);
    expect(manifest.errors).toEqual([]);
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors)
      .toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('after a new version is deployed, learners are told, can put it off, and refresh into it', async ({
  browser,
}) => {
  test.skip((process.env.BASE_URL ?? '/') !== '/', 'serves its own copy of the build at the root');
  test.slow(); // it waits for the course to be saved offline twice, which takes long beside other tests
  // Two deployments: a copy of the build, served on its own, whose service worker then changes.
  const site = await mkdtemp(path.join(os.tmpdir(), 'wcmai-deploy-'));
  await cp('build', site, { recursive: true });
  const server = await serveStatic(site, await freePort());
  const context = await browser.newContext({ baseURL: `${server.origin}/` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  const popup = page.getByRole('region', { name: 'Course update' });
  try {
    await page.goto('');
    await expect(page.getByRole('contentinfo').getByText('Available offline', { exact: true })).toBeVisible({
      timeout: 45_000,
    });
    await expect(popup).toHaveCount(0);

    await appendFile(path.join(site, 'sw.js'), '\n// the next version\n');
    await page.reload(); // the browser checks the worker script on every load and installs the changed one
    // Screen readers hear it: the message arrives in a status region.
    await expect(popup.getByRole('status')).toHaveText('A new version of the course is available.', {
      timeout: 45_000,
    });
    await expect(popup).toContainText('Your answers and progress are kept.');
    // It does not take focus from what the learner was doing, and Escape puts it off.
    await expect(page.getByRole('button', { name: 'Refresh' })).not.toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);

    await page.reload(); // the new version is still waiting, so the learner is told again
    await expect(popup).toBeVisible({ timeout: 45_000 });
    // Mark this page, so the test knows when the browser has replaced it (a 'load' event can come
    // and go before a listener attached after the click).
    await page.evaluate(() => Object.assign(window, { beforeRefresh: true }));
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => page.evaluate(() => 'beforeRefresh' in window).catch(() => true), { timeout: 45_000 })
      .toBe(false);
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    // The new version now runs the page, and nothing is left waiting to be offered again.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: Boolean(registration?.waiting),
          controlled: Boolean(navigator.serviceWorker.controller),
        };
      }),
    ).toEqual({ waiting: false, controlled: true });
    await expect(popup).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    server.stop();
    await rm(site, { recursive: true, force: true });
  }
});
