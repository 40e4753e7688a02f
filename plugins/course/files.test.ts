// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLessons } from './files';
import { readUnitFolders } from './units';

const site = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/site');
const docsDir = path.join(site, 'docs');

describe('readLessons', () => {
  it('reads every lesson under docs/ and skips _partials, like the docs plugin', async () => {
    const lessons = await readLessons(site, docsDir);
    expect(lessons.map((lesson) => lesson.file)).toEqual([
      'docs/guides/for-teachers.mdx',
      'docs/guides/question-gallery.mdx',
      'docs/reference/glossary.mdx',
      'docs/start-here.mdx',
      'docs/unit-1-two-levers/01-dpa.mdx',
      'docs/unit-1-two-levers/02-supply-chain-risk.mdx',
      'docs/unit-1-two-levers/overview.mdx',
      'docs/unit-2-usage-policies/01-policies.mdx',
    ]);
    expect(new Set(lessons.map((lesson) => lesson.format))).toEqual(new Set(['mdx']));
  });
});

describe('readUnitFolders', () => {
  it('finds the unit folders with their _category_.json label and position', async () => {
    const units = await readUnitFolders(docsDir);
    expect(units.sort((a, b) => a.position - b.position)).toEqual([
      { folder: 'unit-1-two-levers', label: 'Unit 1: Two levers', position: 2 },
      { folder: 'unit-2-usage-policies', label: 'Unit 2: Usage policies', position: 3 },
    ]);
  });

  it('takes any folder pattern, falling back to the folder name and a last position', async () => {
    const units = await readUnitFolders(docsDir, '^(guides|reference)$');
    expect(units.sort((a, b) => a.position - b.position)).toEqual([
      { folder: 'reference', label: 'Reference', position: 6 },
      { folder: 'guides', label: 'Guides', position: 7 },
    ]);
  });
});
