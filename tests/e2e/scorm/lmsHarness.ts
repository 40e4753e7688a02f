/**
 * A test LMS for the SCORM packages: unzips a package from build/lms/ into a folder of its own,
 * serves it beside the player page (lms-player.html, which runs scorm-again) at a path of its own,
 * and opens the player, which loads the package in an iframe as an LMS does.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { serveStatic } from '../../../scripts/bench/staticServer.mjs';
import { freePort } from '../../../scripts/bench/util.mjs';

export type Version = '1.2' | '2004';
/** The CMI data model as scorm-again flattens it: `cmi.core.score.raw` → value. */
export type FlatCmi = Record<string, unknown>;

export interface LmsRecord {
  commits: number;
  finished: boolean;
  cmi: FlatCmi;
  calls: string[];
}

export interface TestLms {
  origin: string;
  /** Unzips build/lms/<zip> under /courses/<folder>/; returns the launch path. */
  install(zip: string): string;
  stop(): void;
}

/** The files of a package zip in build/lms/. */
export function packageFiles(zip: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(path.join('build/lms', zip)));
}

/** Starts a test LMS on 127.0.0.1 at a free port. */
export async function startTestLms(): Promise<TestLms> {
  const root = mkdtempSync(path.join(tmpdir(), 'wcmai-lms-'));
  mkdirSync(path.join(root, 'scorm-again'));
  copyFileSync(
    'node_modules/scorm-again/dist/scorm-again.min.js',
    path.join(root, 'scorm-again/scorm-again.min.js'),
  );
  copyFileSync('tests/e2e/scorm/lms-player.html', path.join(root, 'player.html'));
  const { origin, stop } = await serveStatic(root, await freePort());
  return {
    origin,
    install(zip) {
      const folder = path.join(root, 'courses', zip.replace(/\.zip$/, ''));
      for (const [name, data] of Object.entries(packageFiles(zip))) {
        if (name.endsWith('/')) continue;
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), data);
      }
      return `/courses/${zip.replace(/\.zip$/, '')}/index.html`;
    },
    stop() {
      stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface PlayerOptions {
  version: Version;
  launch: string;
  /** What the LMS kept from the learner's last session. */
  saved?: FlatCmi;
  learner?: string;
  /** `set`: every SetValue answers "false" (error 351). */
  refuse?: 'set';
}

/** Opens the player with a package; resolves to the course's frame once it has rendered. */
export async function openPlayer(page: Page, lms: TestLms, options: PlayerOptions): Promise<FrameLocator> {
  await page.addInitScript((saved) => Object.assign(window, { lmsSaved: saved }), options.saved ?? {});
  const query = new URLSearchParams({ version: options.version, content: options.launch });
  if (options.learner) query.set('learner', options.learner);
  if (options.refuse) query.set('refuse', options.refuse);
  await page.goto(`${lms.origin}/player.html?${query}`);
  return courseFrame(page);
}

/** The course in the player's frame, once its page has rendered. */
export async function courseFrame(page: Page): Promise<FrameLocator> {
  const course = page.frameLocator('#sco');
  await expect(course.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(course.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 15_000 });
  return course;
}

/** What the runtime holds after the course's last commit. */
export function lmsRecord(page: Page): Promise<LmsRecord> {
  return page.evaluate(() => (window as unknown as { lms: LmsRecord }).lms);
}

/** Leaves the activity as an LMS's Exit does; resolves once the course has terminated. */
export async function exitActivity(page: Page): Promise<LmsRecord> {
  await page.getByRole('button', { name: 'Exit activity' }).click();
  await expect.poll(async () => (await lmsRecord(page)).finished).toBe(true);
  return lmsRecord(page);
}

/** What went wrong on a page of the test LMS: requests to another host, console errors, page errors. */
export function watchLmsPage(page: Page, lms: TestLms) {
  const problems = { foreign: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(lms.origin) && !/^(data|blob|about):/.test(url)) problems.foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  return problems;
}
