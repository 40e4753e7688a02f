// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT, ROOT, dedupeByUrl, permalink, readLesson, renderSourcesPage } from './gather-sources.mjs';

const lesson = `---
title: A lesson
sidebar_label: "1.1 A lesson"
---

Text with [an inline link](https://example.org/inline).

## Sources

- [First report](https://example.org/a) — Example News, 1 March 2026.
- [Same page again](https://example.org/a) — Example News.
- [A *statute*](https://example.org/b): Office of the Law Revision Counsel,
  US House of Representatives.

## After the sources

- [Not a source](https://example.org/c)
`;

describe('gather-sources', () => {
  it('keeps docs/reference/sources.mdx up to date with the lessons', () => {
    const committed = readFileSync(path.join(ROOT, OUTPUT), 'utf8');
    expect(committed, `${OUTPUT} is out of date with the lessons: run node scripts/gather-sources.mjs`).toBe(
      renderSourcesPage(),
    );
  });

  it('reads only the Sources section, keeping each item’s Markdown and joining wrapped lines', () => {
    const { frontMatter, sources } = readLesson(lesson);
    expect(frontMatter).toMatchObject({ title: 'A lesson' });
    expect(sources.map((source: { url: string }) => source.url)).toEqual([
      'https://example.org/a',
      'https://example.org/a',
      'https://example.org/b',
    ]);
    expect(sources[2]).toMatchObject({
      markdown:
        '[A *statute*](https://example.org/b): Office of the Law Revision Counsel, US House of Representatives.',
    });
  });

  it('lists a URL once per lesson, keeping its first entry', () => {
    const { sources } = readLesson(lesson);
    expect(dedupeByUrl(sources).map((source: { markdown: string }) => source.markdown.slice(0, 14))).toEqual([
      '[First report]',
      '[A *statute*](',
    ]);
  });

  it('finds no sources in a lesson without a Sources section', () => {
    expect(readLesson('# Title\n\nNo list here.\n').sources).toEqual([]);
  });

  it('links lessons by their Docusaurus permalinks', () => {
    expect(permalink('docs/unit-1-two-levers/01-defense-production-act.mdx')).toBe(
      '/docs/unit-1-two-levers/defense-production-act',
    );
    expect(permalink('docs/start-here.mdx', { slug: '/start-here' })).toBe('/docs/start-here');
    expect(permalink('docs/unit-2-usage-policies/02-x.mdx', { slug: 'policy' })).toBe(
      '/docs/unit-2-usage-policies/policy',
    );
  });
});
