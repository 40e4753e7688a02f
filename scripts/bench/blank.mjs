// The official blank template, created once per version and cached in os.tmpdir() between runs.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './util.mjs';

export const BLANK_VERSION = '3.10.2';
export const BLANK_CACHE = path.join(os.tmpdir(), 'wcmai-bench-blank');

/** The blank site's folder, installing it first unless a finished copy for this version is cached. */
export async function ensureBlankSite(log) {
  const root = path.join(BLANK_CACHE, BLANK_VERSION);
  const dir = path.join(root, 'blank');
  const marker = path.join(root, '.ready');
  if (existsSync(marker) && existsSync(path.join(dir, 'node_modules'))) {
    log(`blank site: cached in ${dir} (delete ${BLANK_CACHE} to re-create it)`);
    return { dir, cached: true, installMs: null };
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  log(`blank site: creating from create-docusaurus@${BLANK_VERSION} in ${root}`);
  await run(
    'npx',
    ['--yes', `create-docusaurus@${BLANK_VERSION}`, 'blank', 'classic', '--typescript', '--skip-install'],
    { cwd: root },
  );
  const install = await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
  writeFileSync(marker, new Date().toISOString());
  return { dir, cached: false, installMs: install.wallMs };
}
