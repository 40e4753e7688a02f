/**
 * Lists the lesson files the docs plugin would load: every .md/.mdx under docs/, minus the ones
 * its default `exclude` skips (`_partials`, `_folders/`, `__tests__/`), so a partial imported into
 * a lesson is not read twice as a lesson of its own.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LessonSource } from './validate';

export type FormatSetting = 'mdx' | 'md' | 'detect';

function skipped(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.') || name === 'node_modules';
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !skipped(entry.name))
      .map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full);
        return /\.mdx?$/.test(entry.name) ? [full] : [];
      }),
  );
  return nested.flat();
}

/** Reads every lesson under `docsDir`; `file` is relative to `siteDir`, with forward slashes. */
export async function readLessons(
  siteDir: string,
  docsDir: string,
  format: FormatSetting = 'mdx',
): Promise<LessonSource[]> {
  const files = (await walk(docsDir)).sort();
  return Promise.all(
    files.map(async (full) => ({
      file: path.relative(siteDir, full).split(path.sep).join('/'),
      source: await readFile(full, 'utf8'),
      // Docusaurus's markdown.format: 'mdx' (its default) parses .md files as MDX too.
      format:
        format === 'detect' && full.endsWith('.md')
          ? ('md' as const)
          : format === 'md'
            ? ('md' as const)
            : ('mdx' as const),
    })),
  );
}
