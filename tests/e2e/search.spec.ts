import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { eventAnchor } from '@site/src/components/Timeline/eventAnchor';
import { test, expect } from './fixtures';

// The built search index (@easyops-cn/docusaurus-search-local): its second part lists every
// heading the search box can show, with the page (u) and the anchor it links to (h).
interface Heading {
  t: string;
  u: string;
  h: string;
}
const index = JSON.parse(readFileSync('build/search-index.json', 'utf8')) as { documents: Heading[] }[];
const headings = index[1]!.documents;
const glossary = JSON.parse(readFileSync('src/data/glossary.json', 'utf8')) as { id: string; term: string }[];
const timeline = JSON.parse(readFileSync('src/data/timeline.json', 'utf8')) as {
  date: string;
  title: string;
}[];
const manifest = JSON.parse(readFileSync('build/course-manifest.json', 'utf8')) as {
  quizzes: Record<string, { title: string; permalink: string }>;
};
const quizzes = Object.values(manifest.quizzes);
const base = (process.env.BASE_URL ?? '/').replace(/\/$/, '');
// `page` is a path under the base URL, or a permalink (which includes it).
const hitsFor = (page: string, title: string) =>
  headings.filter((h) => (h.u === page || h.u === `${base}${page}`) && h.t === title);

test('the built index lists each glossary term and timeline event once, linked to it', () => {
  expect(glossary.length).toBeGreaterThan(20);
  for (const entry of glossary) {
    expect(
      hitsFor('/docs/reference/glossary', entry.term).map((h) => h.h),
      entry.term,
    ).toEqual([`#${entry.id}`]);
  }
  expect(timeline.length).toBeGreaterThan(20);
  for (const event of timeline) {
    expect(
      hitsFor('/docs/reference/timeline', event.title).map((h) => h.h),
      event.title,
    ).toEqual([`#${eventAnchor(event)}`]);
  }
  // No hit is titled with a letter of the glossary's index.
  expect(headings.filter((h) => h.t.trim().length === 1).map((h) => `${h.u}: ${h.t}`)).toEqual([]);
});

test('the built index has one hit per quiz: its section, not the quiz title again', () => {
  expect(quizzes.length).toBeGreaterThan(5);
  for (const quiz of quizzes) {
    expect(hitsFor(quiz.permalink, quiz.title), quiz.title).toEqual([]);
    // Lessons end with their quiz under this heading (the question gallery, a guide, has none).
    const sections = hitsFor(quiz.permalink, 'Check your understanding');
    expect(sections.length, quiz.permalink).toBe(quiz.permalink.includes('/guides/') ? 0 : 1);
  }
});

async function search(page: Page, words: string) {
  // A textbox until the index has loaded, a combobox after.
  const box = page.locator('input[aria-label="Search"]');
  await box.fill(words);
  // The search box's list (the page's own selects have options too).
  const options = page.getByRole('navigation', { name: 'Main' }).getByRole('option');
  await expect(options.first()).toBeVisible({ timeout: 20_000 });
  return options;
}

test('a glossary term found by search says it is one, appears once and opens at the term', async ({
  page,
  visit,
}) => {
  await visit('/docs/start-here');
  const options = await search(page, 'capricious');
  const term = options.filter({ hasText: 'Arbitrary and capricious' });
  await expect(term.filter({ hasText: /^Glossary term: Arbitrary and capricious/ })).toHaveCount(1);
  await term.first().click();
  await expect(page).toHaveURL(/\/docs\/reference\/glossary#arbitrary-and-capricious$/);
});

test('search names lessons, lesson sections and timeline events, and shows a quiz once', async ({
  page,
  visit,
}) => {
  await visit('/docs/start-here');
  let options = await search(page, 'Defense Production Act');
  await expect(options.filter({ hasText: /^Lesson: The Defense Production Act/ })).toHaveCount(1);
  await expect(options.filter({ hasText: /^Lesson section: / }).first()).toBeVisible();
  options = await search(page, 'Google rewrites');
  await expect(options.filter({ hasText: /^Timeline event: Google rewrites its AI Principles/ })).toHaveCount(
    1,
  );
  options = await search(page, 'Check your understanding');
  const texts = await options.allTextContents();
  expect(texts.filter((text) => /Check: /.test(text))).toEqual([]);
  expect(
    texts.every((text) => /^[A-Z][a-z]+( [a-z]+)?: /.test(text)),
    texts.join('\n'),
  ).toBe(true);
});
