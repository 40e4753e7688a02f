// cspell:ignore networkidle wcmai
// `npm run bench [-- --quick]`: builds this site and a blank Docusaurus site in the same run,
// measures bytes, Lighthouse and build cost, checks the budgets and writes bench/REPORT.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLANK_CACHE, BLANK_VERSION, ensureBlankSite } from './blank.mjs';
import { LESSON, checkBudgets } from './budgets.mjs';
import { measureBytes, playgroundChunks } from './bytes.mjs';
import { LIGHTHOUSE, lighthouseRounds } from './lighthouse.mjs';
import { precacheSize } from './precache.mjs';
import { renderReport } from './report.mjs';
import { serveStatic } from './staticServer.mjs';
import { buildSynthetic } from './synthetic.mjs';
import { freePort, run } from './util.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
// `--before=DIR`: a build of an earlier version of this site, whose lesson page is measured in the
// same Lighthouse rounds (before/after figures from one run). `--skip-synthetic` leaves out the
// 50- and 200-lesson builds (their budget then reads n/a).
const beforeDir = process.argv.find((arg) => arg.startsWith('--before='))?.slice('--before='.length);
const skipSynthetic = process.argv.includes('--skip-synthetic');
// `--lesson-only`: the lesson and the blank docs page, mobile runs only (about a third of the time).
const lessonOnly = process.argv.includes('--lesson-only');
const log = (msg) => console.error(`[bench] ${msg}`);
const COLD = { DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };

const PAGES = lessonOnly ? [LESSON] : quick ? ['/', LESSON] : ['/', LESSON, '/progress', '/teach'];
const BLANK_DOCS = '/docs/intro';
const counterpart = (p) => (p === '/' ? '/' : BLANK_DOCS); // the blank site has no lesson, /progress or /teach
const CONTROL = '/docs/guides/writing-quizzes'; // has live quiz editors: proves the editor detector works
// Mobile scores swing by about ±0.05 from run to run on this machine (bench/REPORT.md), so they get
// more runs than the desktop ones, which sit at 0.98–1.
const RUNS = quick ? { desktop: 1, mobile: 1 } : { desktop: lessonOnly ? 0 : 3, mobile: 5 };
const SYNTH = quick ? [16, 64] : [50, 200];

async function main() {
  const date = new Date().toISOString();
  const loadavg = os.loadavg();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wcmai-bench-'));
  const stops = [];
  try {
    const blank = await ensureBlankSite(log);
    const [sitePort, blankPort] = [await freePort(), await freePort()];
    const siteOrigin = `http://127.0.0.1:${sitePort}`;
    log('building this site');
    const siteOut = path.join(tmp, 'site');
    const siteBuild = await run('npx', ['docusaurus', 'build', '--out-dir', siteOut], {
      cwd: repo,
      env: { ...COLD, SITE_URL: siteOrigin },
      measure: true,
    });
    log('building the blank site');
    const blankOut = path.join(tmp, 'blank');
    const blankBuild = await run('npx', ['docusaurus', 'build', '--out-dir', blankOut], {
      cwd: blank.dir,
      env: COLD,
      measure: true,
    });

    const site = await serveStatic(siteOut, sitePort);
    stops.push(site.stop);
    const blankSrv = await serveStatic(blankOut, blankPort);
    stops.push(blankSrv.stop);
    log('measuring bytes');
    const bytes = await measureBytes(site.origin, PAGES);
    const extraBytes = await measureBytes(site.origin, [CONTROL]);
    const blankBytes = await measureBytes(blankSrv.origin, ['/', BLANK_DOCS]);
    const playground = playgroundChunks(siteOut);
    const precache = precacheSize(siteOut);
    const playgroundUse = Object.fromEntries(
      Object.entries({ ...bytes, ...extraBytes }).map(([p, b]) => [
        p,
        b.files.some((f) => playground.includes(f.file) && !f.prefetch),
      ]),
    );

    let before = null;
    if (beforeDir) {
      before = await serveStatic(path.resolve(beforeDir), await freePort());
      stops.push(before.stop);
    }
    const blankPages = lessonOnly ? [BLANK_DOCS] : ['/', BLANK_DOCS];
    const measured = await lighthouseRounds(
      [
        ...PAGES.map((p) => ({ key: `site ${p}`, url: site.origin + p })),
        ...blankPages.map((p) => ({ key: `blank ${p}`, url: blankSrv.origin + p })),
        ...(before ? [{ key: 'before', url: before.origin + LESSON }] : []),
      ],
      RUNS,
      log,
    );
    const lh = Object.fromEntries(PAGES.map((p) => [p, measured[`site ${p}`]]));
    const blankLh = Object.fromEntries(blankPages.map((p) => [p, measured[`blank ${p}`]]));
    const beforeLh = before ? { dir: beforeDir, ...measured.before } : null;
    while (stops.length) stops.pop()();

    const synth = [];
    for (const n of skipSynthetic ? [] : SYNTH) {
      log(`building a synthetic course of ${n} lessons`);
      synth.push(await buildSynthetic(repo, n, COLD));
    }
    const budgets = checkBudgets({
      bytes,
      blankBytes,
      blankDocs: BLANK_DOCS,
      lh,
      blankLh,
      counterpart,
      synth,
    });
    if (playgroundUse[LESSON] !== undefined) {
      budgets.push({
        rule: 'Lesson page does not load the live quiz editor chunk',
        figure: playgroundUse[LESSON] ? 'loaded' : 'not loaded',
        pass: !playgroundUse[LESSON],
      });
    }
    const lhCmd = `CHROME_PATH=/usr/bin/chromium npx --yes ${LIGHTHOUSE} URL --output=json --quiet --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" [--preset=desktop]`;
    const results = {
      date,
      quick,
      lessonOnly,
      loadavg,
      runs: RUNS,
      bytes,
      extraBytes,
      blankBytes,
      blankDocs: BLANK_DOCS,
      counterpart,
      lh,
      blankLh,
      beforeLh,
      synth,
      skipSynthetic,
      budgets,
      playground,
      playgroundUse,
      precache,
      builds: [
        {
          name: 'this site (`npx docusaurus build --out-dir <tmp>`, SITE_URL = served origin)',
          ...siteBuild,
        },
        { name: `blank ${BLANK_VERSION} classic TypeScript template`, ...blankBuild },
      ],
      blankNote:
        `Blank site: \`npx --yes create-docusaurus@${BLANK_VERSION} blank classic --typescript --skip-install\` then \`npm install --no-audit --no-fund\`, ` +
        (blank.cached
          ? `reused from the cache in ${BLANK_CACHE}/${BLANK_VERSION} (delete it to re-create).`
          : `created this run (npm install ${(blank.installMs / 1000).toFixed(0)} s) and cached in ${BLANK_CACHE}/${BLANK_VERSION} for later runs.`),
      commands: [
        'npx docusaurus build --out-dir <tmp>   (this site, the blank site and each synthetic course; DOCUSAURUS_NO_PERSISTENT_CACHE=1; under /usr/bin/time -v when present)',
        'scripts/bench/staticServer.mjs: each build served on 127.0.0.1 at a free port, text gzipped as real hosts send it (docusaurus serve sends it uncompressed)',
        "playwright-core chromium.launch({ executablePath: '/usr/bin/chromium', args: [--no-sandbox, --disable-gpu, --disable-quic, --no-first-run, --disable-background-networking, --disable-component-update, --disable-sync] }), page.goto(url, { waitUntil: 'networkidle' })",
        lhCmd,
      ],
    };
    // Raw figures kept outside the repo, so a report can be re-rendered without re-measuring.
    writeFileSync(path.join(os.tmpdir(), 'wcmai-bench-results.json'), JSON.stringify(results, null, 2));
    const report = renderReport(results);
    mkdirSync(path.join(repo, 'bench'), { recursive: true });
    writeFileSync(path.join(repo, 'bench', 'REPORT.md'), report);
    console.log(report);
    const failed = budgets.filter((b) => b.pass === false).length;
    log(failed ? `${failed} budget(s) FAIL (see bench/REPORT.md)` : 'all budgets PASS');
  } finally {
    while (stops.length) stops.pop()();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
