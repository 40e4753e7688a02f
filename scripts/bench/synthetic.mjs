// Build cost as the course grows: a temp copy of the site whose unit folders hold N synthetic lessons.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lessonMdx } from './lesson.mjs';
import { run } from './util.mjs';

const SKIP = new Set(['node_modules', 'build', '.docusaurus', 'test-results', '.git', 'bench']);

/**
 * Copies the site (without node_modules/build, which is symlinked) and replaces each unit folder's
 * pages with synthetic lessons, keeping _category_.json. The first lessons of a unit reuse the real
 * lesson file names, so links from docs/reference, docs/guides and start-here still resolve.
 */
export function makeSyntheticSite(repoDir, lessonCount) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `wcmai-bench-synth-${lessonCount}-`));
  for (const entry of readdirSync(repoDir)) {
    if (!SKIP.has(entry)) cpSync(path.join(repoDir, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(repoDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const docs = path.join(dir, 'docs');
  const units = readdirSync(docs)
    .filter((name) => /^(\d+[-_.])?unit-/.test(name))
    .sort();
  let next = 1;
  units.forEach((unit, u) => {
    const unitDir = path.join(docs, unit);
    const realNames = readdirSync(unitDir)
      .filter((f) => /^\d+-.*\.mdx?$/.test(f))
      .sort();
    for (const f of readdirSync(unitDir))
      if (f !== '_category_.json') rmSync(path.join(unitDir, f), { recursive: true });
    writeFileSync(
      path.join(unitDir, 'overview.mdx'),
      `---\ntitle: Synthetic unit ${u + 1}\nsidebar_label: Overview\nsidebar_position: 0\n---\n\nGenerated for the build benchmark.\n`,
    );
    const share = Math.floor(lessonCount / units.length) + (u < lessonCount % units.length ? 1 : 0);
    // never fewer than the real lessons, whose URLs other pages link to
    const count = Math.max(share, realNames.length);
    for (let i = 0; i < count; i++, next++) {
      const name = realNames[i] ?? `${String(i + 1).padStart(3, '0')}-synthetic-${next}.mdx`;
      writeFileSync(path.join(unitDir, name), lessonMdx(next, i + 1));
    }
  });
  return { dir, lessons: next - 1, units: units.length };
}

/** Builds a synthetic course of `lessonCount` lessons; wall time and peak memory of the build. */
export async function buildSynthetic(repoDir, lessonCount, env) {
  const site = makeSyntheticSite(repoDir, lessonCount);
  const out = path.join(site.dir, 'build');
  try {
    const result = await run('npx', ['docusaurus', 'build', '--out-dir', out], {
      cwd: site.dir,
      env,
      measure: true,
    });
    return {
      lessons: site.lessons,
      questions: site.lessons * 10,
      wallMs: result.wallMs,
      peakMb: result.peakMb,
      memoryBy: result.memoryBy,
    };
  } finally {
    rmSync(site.dir, { recursive: true, force: true });
  }
}
