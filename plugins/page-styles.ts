/**
 * The styles of pages a student rarely opens ship with those pages, not in every page's stylesheet.
 *
 * Docusaurus merges every stylesheet of the site into one file that each page loads before it
 * can paint (its `styles` cache group), so a lesson on a phone downloaded the teacher's builder,
 * the gradebook, the progress dashboard and the certificate's styles as well (bench/REPORT.md, the
 * CSS budget). This plugin leaves the CSS modules of those pages' components out of that file:
 * each stays in a stylesheet of its page's chunk, which the browser loads before it runs that chunk
 * when a learner navigates there. Docusaurus does not link a route's own stylesheets in the HTML
 * it writes, so after the build this plugin links each one into every page whose HTML uses its
 * classes: such a page is styled at its first paint, with or without JavaScript.
 *
 * Only self-contained CSS modules are listed (scoped class names, nothing another stylesheet
 * overrides), so the order in which the files load cannot change how anything looks: the
 * Docusaurus concern behind the single file (facebook/docusaurus#2006).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** Component folders (under src/) whose styles only their own pages use. */
export const PAGE_ONLY_STYLES = [
  'components/AnswerKey',
  'components/Certificate',
  'components/ContinueLearning',
  'components/Glossary',
  'components/GradebookView',
  'components/ProgressDashboard',
  'components/ReviewSession',
  'components/TeachBuilder',
  'components/TeachQrCode',
  'components/TeacherData',
  'components/Timeline',
  'pages',
];

/** Whether a stylesheet belongs in the file every page loads. */
export function inSharedStylesheet(file: string | undefined, siteDir: string): boolean {
  if (!file) return true;
  const relative = path.relative(path.join(siteDir, 'src'), file).split(path.sep).join('/');
  return !PAGE_ONLY_STYLES.some((folder) => relative.startsWith(`${folder}/`));
}

/** The class names a stylesheet's selectors name (url() targets left out). */
export function selectorClasses(css: string): Set<string> {
  const withoutUrls = css.replace(/url\([^)]*\)/g, '');
  return new Set([...withoutUrls.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!));
}

/** Every class token in an HTML page's class attributes (quoted or, as the build minifies, not). */
export function htmlClasses(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    for (const token of (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/)) if (token) classes.add(token);
  }
  return classes;
}

const SHARED_LINK = /<link rel="?stylesheet"? href="?([^"\s>]*?)assets\/css\/styles\.[0-9a-f]+\.css"?\s*\/?>/;

/**
 * Links into one page the page stylesheets whose own classes (those the shared file does not also
 * define) its HTML uses, right after the shared stylesheet. Returns the page unchanged when it
 * needs none or has no shared link to follow.
 */
export function linkPageStyles(
  html: string,
  pageSheets: ReadonlyArray<{ file: string; classes: ReadonlySet<string> }>,
): string {
  const shared = SHARED_LINK.exec(html);
  if (!shared) return html;
  const used = htmlClasses(html);
  const needed = pageSheets.filter(
    (sheet) => [...sheet.classes].some((name) => used.has(name)) && !html.includes(sheet.file),
  );
  if (needed.length === 0) return html;
  const links = needed.map((sheet) => `<link rel=stylesheet href=${shared[1]}${sheet.file}>`).join('');
  const end = shared.index + shared[0].length;
  return html.slice(0, end) + links + html.slice(end);
}

function htmlFiles(dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(full) ? [] : htmlFiles(full, skip);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Links every page stylesheet of a build into the pages that use it. */
export function linkPageStylesInBuild(outDir: string): void {
  const cssDir = path.join(outDir, 'assets', 'css');
  const files = readdirSync(cssDir).filter((name) => name.endsWith('.css'));
  const sharedFile = files.find((name) => /^styles\.[0-9a-f]+\.css$/.test(name));
  if (!sharedFile) throw new Error(`page-styles: no shared stylesheet (styles.*.css) in ${cssDir}`);
  const sharedClasses = selectorClasses(readFileSync(path.join(cssDir, sharedFile), 'utf8'));
  const pageSheets = files
    .filter((name) => name !== sharedFile)
    .map((name) => ({
      file: `assets/css/${name}`,
      classes: new Set(
        [...selectorClasses(readFileSync(path.join(cssDir, name), 'utf8'))].filter(
          (name) => !sharedClasses.has(name),
        ),
      ),
    }));
  // The LMS packages are built separately, from their own build.
  for (const file of htmlFiles(outDir, new Set([path.join(outDir, 'lms')]))) {
    const html = readFileSync(file, 'utf8');
    const linked = linkPageStyles(html, pageSheets);
    if (linked !== html) writeFileSync(file, linked);
  }
}

interface CacheGroup {
  type?: string;
  test?: unknown;
}

export default function pageStyles(context: { siteDir: string }): Plugin {
  return {
    name: 'page-styles',
    configureWebpack(config, isServer) {
      const splitChunks = config.optimization?.splitChunks;
      if (isServer || !splitChunks) return {};
      const styles = (splitChunks.cacheGroups as Record<string, CacheGroup> | undefined)?.styles;
      if (styles?.type !== 'css/mini-extract') {
        throw new Error(
          'page-styles: Docusaurus no longer has its single `styles` CSS group; revisit this plugin.',
        );
      }
      // The extracted CSS module has no `resource`; nameForCondition() is the .css file's path.
      styles.test = (module: { nameForCondition?: () => string | null }) =>
        inSharedStylesheet(module.nameForCondition?.() ?? undefined, context.siteDir);
      return {};
    },
    // Synchronous on purpose: Docusaurus starts the plugins' postBuild hooks together, and the
    // offline plugin listed after this one must precache the pages as linked here.
    postBuild({ outDir }) {
      linkPageStylesInBuild(outDir);
      return Promise.resolve();
    },
  };
}
