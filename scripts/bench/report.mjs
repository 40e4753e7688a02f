// cspell:ignore rspack
// bench/REPORT.md: Markdown tables of the figures, ratios against the blank site of the same run.
import os from 'node:os';
import { KB, LESSON } from './budgets.mjs';

const kb = (bytes) => (bytes / KB).toFixed(1);
const ratio = (a, b) => (b ? (a / b).toFixed(2) + '×' : 'n/a');
const score = (v) => (v === null || v === undefined ? 'n/a' : v.toFixed(2));
const ms = (v) => (v === null || v === undefined ? 'n/a' : `${Math.round(v)} ms`);
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** The whole report as Markdown. */
export function renderReport(r) {
  const cpus = os.cpus();
  const lines = [];
  lines.push('<!-- cspell:ignore rspack wcmai -->', '', '# Benchmark report', '');
  lines.push(
    `Generated ${r.date} by \`npm run bench${r.quick ? ' -- --quick' : ''}\` (scripts/bench/run.mjs).` +
      (r.quick
        ? ' **Quick mode: 1 Lighthouse run, home and lesson only, small synthetic courses. Not for decisions.**'
        : r.lessonOnly
          ? ' **Lesson only (`--lesson-only`): the lesson against the blank docs page, mobile runs only.**'
          : ''),
    '',
  );
  lines.push(
    '## Machine',
    '',
    table(
      ['item', 'value'],
      [
        ['CPU', `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`],
        ['Memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
        ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
        ['Node', process.version],
        ['Load average at start (1/5/15 min)', r.loadavg.map((v) => v.toFixed(2)).join(' / ')],
      ],
    ),
    '',
  );
  lines.push(
    '## Builds',
    '',
    'Every build runs with `DOCUSAURUS_NO_PERSISTENT_CACHE=1`, so each one is cold and they do not share the rspack cache in node_modules/.cache.',
    '',
  );
  lines.push(
    table(
      ['build', 'wall time', 'peak memory', 'vs blank'],
      r.builds.map((b) => [
        b.name,
        `${(b.wallMs / 1000).toFixed(1)} s`,
        `${Math.round(b.peakMb)} MB (${b.memoryBy})`,
        ratio(b.wallMs, r.builds[1].wallMs),
      ]),
    ),
    '',
  );
  lines.push(r.blankNote, '');
  lines.push('## Bytes loaded until network idle (gzip -9, own origin)', '');
  lines.push(
    `The blank site has no /progress or /teach; its docs page (${r.blankDocs}) stands in for them, and for the lesson. ` +
      'Each file counts once. "JS" is every JS file until idle (the baseline method); "of it, prefetched" is the ' +
      'part fetched by `<link rel="prefetch">` for links in view (chunks of other pages), not run by this page.',
    '',
  );
  lines.push(
    table(
      [
        'page',
        'JS',
        'of it, prefetched',
        'blank JS',
        'blank prefetched',
        'JS ratio',
        'CSS',
        'blank CSS',
        'CSS ratio',
        'JS files',
        'feature code it runs',
      ],
      Object.entries(r.bytes).map(([p, b]) => {
        const blank = r.blankBytes[r.counterpart(p)];
        return [
          p,
          `${kb(b.jsGz)} KB`,
          `${kb(b.jsPrefetchGz ?? 0)} KB`,
          `${kb(blank.jsGz)} KB`,
          `${kb(blank.jsPrefetchGz ?? 0)} KB`,
          ratio(b.jsGz, blank.jsGz),
          `${kb(b.cssGz)} KB`,
          `${kb(blank.cssGz)} KB`,
          ratio(b.cssGz, blank.cssGz),
          b.files.filter((f) => f.kind === 'js').length,
          b.features?.length ? b.features.join(', ') : '–',
        ];
      }),
    ),
    '',
  );
  if (r.precache) {
    lines.push(
      '## Offline copy (service worker precache)',
      '',
      `Once the first page has settled (3 s after its load event, at an idle moment: src/offline/registerWhenIdle.ts), ` +
        `the page registers the service worker, which downloads ${r.precache.files} files in the background: ` +
        `${kb(r.precache.rawBytes)} KB as stored, ${kb(r.precache.gzBytes)} KB gzip -9 (what a server that compresses sends). ` +
        'These requests come from the service worker, not the page, so they are not in the table above; nor is the registration code ' +
        "(the plugin's registerSw and workbox-window, about 3.4 KB gzip), which the page loads after network idle. The blank site has no offline copy.",
      '',
    );
  }
  lines.push(
    `## Lighthouse 12.2.3 (median of ${r.runs.desktop} desktop and ${r.runs.mobile} mobile runs per page)`,
    '',
    'The runs go in rounds: each round measures every page of both sites once, so a slow spell of the machine ' +
      'falls on both sites alike.',
    '',
    'Both sites are served by `scripts/bench/staticServer.mjs`, which gzips HTML, CSS and JS as real hosts do ' +
      '(GitHub Pages, Netlify, nginx with gzip on). `docusaurus serve`, which `../shared/baseline.md` used, sends them ' +
      "uncompressed, and Lighthouse's simulated slow network then charges each page for its raw HTML and CSS.",
    '',
  );
  for (const preset of ['desktop', 'mobile']) {
    if (r.runs[preset] === 0) continue;
    lines.push(
      `### ${preset === 'desktop' ? 'Desktop (`--preset=desktop`)' : 'Mobile (default preset)'}`,
      '',
    );
    const rows = [];
    for (const [p, res] of Object.entries(r.lh)) {
      const measured = [
        ['site', res[preset]],
        ['blank', r.blankLh[r.counterpart(p)][preset]],
      ];
      // The same page before this version's changes, measured in the same rounds (`--before=DIR`).
      if (r.beforeLh && p === LESSON) measured.push(['before', r.beforeLh[preset]]);
      for (const [who, x] of measured) {
        rows.push([
          who === 'site'
            ? p
            : who === 'before'
              ? `↳ before (\`${r.beforeLh.dir}\`)`
              : `↳ blank ${r.counterpart(p)}`,
          score(x.performance),
          score(x.accessibility),
          score(x['best-practices']),
          score(x.seo),
          ms(x.lcp),
          ms(x.tbt),
          x.cls === null ? 'n/a' : x.cls.toFixed(3),
          x.failing.join(', ') || '–',
        ]);
      }
    }
    lines.push(
      table(
        ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'audits below 1 (a11y/BP/SEO)'],
        rows,
      ),
      '',
    );
  }
  lines.push(
    '## Build cost as the course grows',
    '',
    'Synthetic lessons (prose plus a 10-question quiz of every type) replace the unit folders of a temp copy of the site; docs/reference, docs/guides and start-here stay.',
    '',
  );
  if (r.skipSynthetic) lines.push('Not measured in this run (`--skip-synthetic`).', '');
  lines.push(
    table(
      ['lessons', 'questions', 'wall time', 'peak memory', 'time per lesson'],
      r.synth.map((s) => [
        s.lessons,
        s.questions,
        `${(s.wallMs / 1000).toFixed(1)} s`,
        `${Math.round(s.peakMb)} MB (${s.memoryBy})`,
        `${(s.wallMs / s.lessons).toFixed(0)} ms`,
      ]),
    ),
    '',
  );
  lines.push(
    '## Budgets',
    '',
    table(
      ['budget', 'figure', 'result'],
      r.budgets.map((b) => [b.rule, b.figure, b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL']),
    ),
    '',
  );
  lines.push('## Which code loads where', '');
  lines.push(
    `Live quiz editor chunks in this build: ${r.playground.map((f) => `\`${f}\``).join(', ') || 'none found'}.`,
    '',
  );
  lines.push(
    table(
      ['page', 'loads the live quiz editor?'],
      Object.entries(r.playgroundUse).map(([p, used]) => [p, used ? 'yes' : 'no']),
    ),
    '',
  );
  for (const [p, b] of Object.entries({ ...r.bytes, ...r.extraBytes })) {
    lines.push(
      `<details><summary>${p}: ${b.files.filter((f) => f.kind === 'js').length} JS files</summary>`,
      '',
    );
    lines.push(
      table(
        ['file', 'gzip'],
        b.files
          .filter((f) => f.kind === 'js')
          .map((f) => [`\`${f.file}\`${f.prefetch ? ' (prefetch)' : ''}`, `${kb(f.gz)} KB`]),
      ),
      '',
      '</details>',
      '',
    );
  }
  if (r.note) lines.push('## Note on this report', '', r.note, '');
  lines.push('## Commands', '', ...r.commands.map((c) => `- \`${c}\``), '');
  return lines.join('\n');
}
