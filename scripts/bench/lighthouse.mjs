// Lighthouse 12.2.3 through npx against a served production build; median of n runs per preset,
// taken in rounds that alternate between this site and the blank one.
import { median, run } from './util.mjs';

export const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run ' +
  '--disable-background-networking --disable-component-update --disable-sync';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run: category scores, LCP/TBT in ms, CLS, and the failing audits of non-perfect categories. */
async function lighthouseOnce(url, preset) {
  const args = ['--yes', LIGHTHOUSE, url, '--output=json', '--quiet', `--chrome-flags=${CHROME_FLAGS}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  const { stdout } = await run('npx', args, { env: { CHROME_PATH: '/usr/bin/chromium' } });
  const lhr = JSON.parse(stdout);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ref.id),
  );
  return {
    ...scores,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    failing,
    error: lhr.runtimeError?.code ?? null,
  };
}

/** Median of each figure over the runs of one page and preset. */
function summarize(all) {
  const pick = (key) => median(all.map((r) => r[key]));
  return {
    runs: all.length,
    ...Object.fromEntries([...CATEGORIES, 'lcp', 'tbt', 'cls'].map((k) => [k, pick(k)])),
    failing: [...new Set(all.flatMap((r) => r.failing))],
    errors: all.map((r) => r.error).filter(Boolean),
  };
}

/**
 * Lighthouse medians for every target, measured in rounds: each round runs every target once, this
 * site's pages and the blank site's in turn. A slow spell of the machine then falls on both sites
 * alike instead of on whichever was measured last. `targets` are `{ key, url }`; `runs` gives the
 * number of runs per preset, `{ desktop, mobile }`. The result maps each key to its medians.
 */
export async function lighthouseRounds(targets, runs, log = () => {}) {
  const all = Object.fromEntries(targets.map((t) => [t.key, { desktop: [], mobile: [] }]));
  const rounds = Math.max(runs.desktop, runs.mobile);
  for (let round = 1; round <= rounds; round++) {
    log(`lighthouse round ${round} of ${rounds}`);
    for (const preset of ['desktop', 'mobile']) {
      if (round > runs[preset]) continue;
      for (const target of targets) all[target.key][preset].push(await lighthouseOnce(target.url, preset));
    }
  }
  return Object.fromEntries(
    Object.entries(all).map(([key, byPreset]) => [
      key,
      { desktop: summarize(byPreset.desktop), mobile: summarize(byPreset.mobile) },
    ]),
  );
}
