// cspell:ignore networkidle
// Bytes each page makes the browser fetch: every JS and CSS response from the site's own origin
// until network idle, each body gzipped at level 9 (the method of /work/shared/baseline.md).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium.mjs';

// A sentence of the live quiz editor (src/components/Quiz/editor/QuizEditor.tsx), kept by minifiers.
const EDITOR_MARK = /The build accepts this quiz/;

/**
 * Code that should load only where it is used, told apart by a string its bundle always holds:
 * a class name or constant in the source, which minifiers keep.
 */
export const FEATURE_MARKERS = {
  'quiz UI': /quiz-explanation/,
  'classroom (assignments, submissions)': /wcmai-submission/,
  'teacher tools (/teach)': /Choose at least one lesson or quiz/,
  'live quiz editor': EDITOR_MARK,
  'code highlighter (Prism)': /prism-code/,
};

const featuresIn = (body) => {
  const text = body.toString('utf8');
  return Object.entries(FEATURE_MARKERS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
};

const kindOf = (url, type) =>
  type === 'script' || /\.m?js(\?|$)/.test(url)
    ? 'js'
    : type === 'stylesheet' || /\.css(\?|$)/.test(url)
      ? 'css'
      : null;

/**
 * A response's body. Chrome hands over an empty body for some responses (a chunk fetched by
 * `<link rel="prefetch">` and then again as a script, over a gzipped connection), which would
 * count the file as 0 bytes; the file is then fetched again from the (static) server.
 */
async function bodyOf(response) {
  const body = await response.body();
  if (body.length > 0) return body;
  return Buffer.from(await (await fetch(response.url())).arrayBuffer());
}

/** For each path: gzip totals per kind and the list of files, measured in a fresh browser context. */
export async function measureBytes(origin, paths) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const pagePath of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending = [];
      page.on('response', (response) => {
        const url = response.url();
        const kind = kindOf(url, response.request().resourceType());
        if (!kind || !url.startsWith(origin + '/')) return;
        pending.push(
          bodyOf(response).then(
            (body) => ({
              kind,
              // <link rel="prefetch"> requests have resource type "other": chunks of linked pages
              prefetch: !['script', 'stylesheet'].includes(response.request().resourceType()),
              file: new URL(url).pathname,
              raw: body.length,
              features: kind === 'js' ? featuresIn(body) : [],
              gz: gzipSync(body, { level: 9 }).length,
            }),
            () => null,
          ),
        );
      });
      const response = await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
      if (!response || !response.ok())
        throw new Error(`[bench] ${origin + pagePath} answered ${response?.status()}`);
      // One entry per file: a chunk is often fetched twice (a prefetch for a visible link, then the
      // real load), and counting both would overstate the bytes.
      const byFile = new Map();
      for (const f of (await Promise.all(pending)).filter(Boolean)) {
        const seen = byFile.get(f.file);
        const larger = seen && seen.gz > f.gz ? seen : f;
        byFile.set(f.file, { ...larger, prefetch: seen ? seen.prefetch && f.prefetch : f.prefetch });
      }
      const files = [...byFile.values()];
      const sum = (kind, only = () => true) =>
        files.filter((f) => f.kind === kind && only(f)).reduce((s, f) => s + f.gz, 0);
      const prefetched = (f) => f.prefetch;
      // Features whose code this page runs (prefetched chunks belong to linked pages).
      const features = [...new Set(files.filter((f) => !f.prefetch).flatMap((f) => f.features))];
      results[pagePath] = {
        jsGz: sum('js'),
        cssGz: sum('css'),
        jsPrefetchGz: sum('js', prefetched),
        files,
        features,
      };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The build's live quiz editor chunks: JS files holding the editor (with the build's validator and MDX parser). */
export function playgroundChunks(buildDir) {
  const dir = path.join(buildDir, 'assets', 'js');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js') && !name.startsWith('main.') && !name.startsWith('runtime'))
    .filter((name) => EDITOR_MARK.test(readFileSync(path.join(dir, name), 'utf8')))
    .map((name) => `/assets/js/${name}`);
}
