// The budgets, each a rule in words plus PASS/FAIL, checked against figures from the same run.
export const KB = 1024;
export const LESSON = '/docs/unit-1-two-levers/defense-production-act';

/** Which marked feature code (bytes.mjs FEATURE_MARKERS) each measured page may run. */
const FEATURES_ALLOWED = {
  '/': [],
  [LESSON]: ['quiz UI'],
  '/progress': [],
  '/teach': ['teacher tools (/teach)', 'classroom (assignments, submissions)'],
};

/** Every budget as { rule, figure, pass }; `pass` is null when the run did not measure it. */
export function checkBudgets({ bytes, blankBytes, blankDocs, lh, blankLh, counterpart, synth }) {
  const out = [];
  const lesson = bytes[LESSON];
  const blank = blankBytes[blankDocs];
  out.push({
    rule: 'Lesson page JS ≤ blank docs page JS + 25 KB gzip (1 KB = 1024 B)',
    figure: `${(lesson.jsGz / KB).toFixed(1)} KB vs ${(blank.jsGz / KB).toFixed(1)} + 25 = ${((blank.jsGz + 25 * KB) / KB).toFixed(1)} KB`,
    pass: lesson.jsGz <= blank.jsGz + 25 * KB,
  });
  const own = (b) => b.jsGz - b.jsPrefetchGz;
  out.push({
    rule: 'Lesson page JS it runs itself (prefetched chunks of linked pages left out) ≤ blank docs page’s + 25 KB gzip',
    figure: `${(own(lesson) / KB).toFixed(1)} KB vs ${(own(blank) / KB).toFixed(1)} + 25 = ${((own(blank) + 25 * KB) / KB).toFixed(1)} KB`,
    pass: own(lesson) <= own(blank) + 25 * KB,
  });
  for (const [page, allowed] of Object.entries(FEATURES_ALLOWED)) {
    if (!bytes[page]) continue;
    const extra = bytes[page].features.filter((feature) => !allowed.includes(feature));
    out.push({
      rule: `${page} loads only the feature code it uses (${allowed.length ? allowed.join(', ') : 'none of quiz, classroom, teacher tools, live quiz editor, highlighter'})`,
      figure: bytes[page].features.length
        ? `loads: ${bytes[page].features.join(', ')}`
        : 'loads none of them',
      pass: extra.length === 0,
    });
  }
  out.push({
    rule: 'Lesson page CSS ≤ blank docs page CSS + 5 KB gzip',
    figure: `${(lesson.cssGz / KB).toFixed(1)} KB vs ${(blank.cssGz / KB).toFixed(1)} + 5 = ${((blank.cssGz + 5 * KB) / KB).toFixed(1)} KB`,
    pass: lesson.cssGz <= blank.cssGz + 5 * KB,
  });
  const desktop = [
    ['performance', 0.98],
    ['accessibility', 1],
    ['best-practices', 1],
    ['seo', 1],
  ];
  for (const [category, min] of desktop) {
    if (Object.values(lh).every((r) => r.desktop.runs === 0)) break; // not measured (--lesson-only)
    const low = Object.entries(lh).filter(([, r]) => !(r.desktop[category] >= min));
    out.push({
      rule: `Lighthouse desktop ${category} ≥ ${min} on every measured page`,
      figure: low.length
        ? low.map(([p, r]) => `${p}: ${r.desktop[category]}`).join('; ')
        : 'all pages meet it',
      pass: low.length === 0,
    });
  }
  // The lesson is the page students open most: it must lead the blank docs page, not tie with it.
  const lessonLh = lh[LESSON];
  const others = Object.entries(lh).filter(([p]) => p !== LESSON);
  const worse = others.filter(
    ([p, r]) => !(r.mobile.performance >= blankLh[counterpart(p)].mobile.performance),
  );
  if (others.length)
    out.push({
      rule: 'Lighthouse mobile performance ≥ the blank site’s on the other pages (same run, home vs home, others vs its docs page)',
      figure: others
        .map(([p, r]) => `${p}: ${r.mobile.performance} vs ${blankLh[counterpart(p)].mobile.performance}`)
        .join('; '),
      pass: worse.length === 0,
    });
  if (lessonLh) {
    const blankDocsLh = blankLh[counterpart(LESSON)].mobile;
    // Scores have two decimals; compare in hundredths so 0.80 + 0.05 is 0.85, not 0.8500000000000001.
    const hundredths = (score) => Math.round(score * 100);
    out.push({
      rule: 'Lesson Lighthouse mobile performance ≥ the blank docs page’s + 0.05, and its total blocking time below the blank page’s (medians, same run)',
      figure: `${lessonLh.mobile.performance} vs ${blankDocsLh.performance} + 0.05; TBT ${Math.round(lessonLh.mobile.tbt)} ms vs ${Math.round(blankDocsLh.tbt)} ms`,
      pass:
        hundredths(lessonLh.mobile.performance) >= hundredths(blankDocsLh.performance) + 5 &&
        lessonLh.mobile.tbt < blankDocsLh.tbt,
    });
  }
  if (synth.length === 2) {
    const [small, big] = synth;
    const factor = big.lessons / small.lessons;
    const limit = small.wallMs * factor * 1.25;
    out.push({
      rule: `${big.lessons}-lesson build time ≤ ${factor} × ${small.lessons}-lesson time × 1.25 (no worse than linear, 25% slack)`,
      figure: `${(big.wallMs / 1000).toFixed(1)} s vs limit ${(limit / 1000).toFixed(1)} s`,
      pass: big.wallMs <= limit,
    });
  }
  return out;
}
