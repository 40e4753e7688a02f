/**
 * Writes the SCORM packages: for each SCORM version, one zip for the whole course and one per unit,
 * each holding the SCORM build of the site (one page, hash routes, relative asset paths), the normal
 * build's search index, and an `imsmanifest.xml` at its root. The packages differ only in their
 * manifest and in the package description written into index.html, which the course reads at start.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { CourseOutline } from '../../src/course/courseOutline';
import { packageIds, packageScope } from '../../src/scorm/packageScope';
import { PACKAGE_META_NAME, type PackageDescriptor } from '../../src/scorm/packageDescriptor';
import { escapeXml } from '../course/lms/xml';
import { LMS_DIR } from '../course/lms/exports';
import { imsManifest, LAUNCH_FILE, SCORM_VERSIONS, type ScormVersion } from './manifests';

/** Files of the SCORM build that do not belong in a package (the LMS exports and tool manifests). */
const LEFT_OUT = [/^lms\//, /^course-manifest\.json$/, /^manifest\.json$/];

/** `scorm12-course.zip`, `scorm2004-unit-1-two-levers.zip`. */
export function packageFileName(version: ScormVersion, packageId: string): string {
  return `scorm${version === '1.2' ? '12' : '2004'}-${packageId}.zip`;
}

async function readTree(dir: string, prefix = ''): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [name, data] of await readTree(full, relative)) files.set(name, data);
    else if (!LEFT_OUT.some((pattern) => pattern.test(relative))) files.set(relative, await readFile(full));
  }
  return files;
}

interface IndexDocument {
  u: string;
}

/**
 * The normal build's search index (the SCORM build writes no HTML pages for the search plugin to
 * read), with page addresses made relative to the site's root: inside a package the routes are `/docs/…`
 * whatever base URL the site was built for.
 */
export function rebaseSearchIndex(text: string, baseUrl: string): string {
  if (baseUrl === '/') return text;
  const index = JSON.parse(text) as { documents: IndexDocument[] }[];
  for (const part of index) {
    for (const document of part.documents) {
      if (document.u.startsWith(baseUrl)) document.u = `/${document.u.slice(baseUrl.length)}`;
    }
  }
  return JSON.stringify(index);
}

async function searchIndexFiles(mainBuildDir: string, baseUrl: string): Promise<Map<string, Uint8Array>> {
  const names = (await readdir(mainBuildDir)).filter((name) => /^search-index.*\.json$/.test(name));
  if (names.length === 0) {
    throw new Error(
      `[scorm] No search index in ${mainBuildDir}: run the normal build (docusaurus build) first.`,
    );
  }
  const files = new Map<string, Uint8Array>();
  for (const name of names) {
    const text = await readFile(path.join(mainBuildDir, name), 'utf8');
    files.set(name, new TextEncoder().encode(rebaseSearchIndex(text, baseUrl)));
  }
  return files;
}

/** index.html with the package's description, the page language and a title before the course starts. */
export function launchPage(html: string, descriptor: PackageDescriptor, title: string): string {
  const meta = `<meta name="${PACKAGE_META_NAME}" content="${escapeXml(JSON.stringify(descriptor))}">`;
  const withLang = html.replace(/<html\s*>/, '<html lang="en">');
  if (withLang === html)
    throw new Error('[scorm] index.html has no plain <html> tag to add the language to.');
  // After the charset declaration, which must come first in the head.
  const withMeta = withLang.replace(
    /<meta charset="UTF-8">/,
    (charset) => `${charset}\n${meta}\n<title>${escapeXml(title)}</title>`,
  );
  if (withMeta === withLang)
    throw new Error('[scorm] index.html has no <meta charset="UTF-8"> to put the package description after.');
  return withMeta;
}

/** Zip entries get one fixed date, so two builds of the same course give the same bytes. */
function entryDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.UTC(2026, 0, 1));
}

export interface PackagesInput {
  /** The SCORM build's output folder. */
  siteDir: string;
  mainBuildDir: string;
  mainBaseUrl: string;
  outline: CourseOutline;
  courseTitle: string;
}

/** Writes every package into `<mainBuildDir>/lms/`; returns the file names written. */
export async function writeScormPackages(input: PackagesInput): Promise<string[]> {
  const site = await readTree(input.siteDir);
  const index = site.get(LAUNCH_FILE);
  if (!index)
    throw new Error(`[scorm] ${input.siteDir} has no ${LAUNCH_FILE}: the SCORM build did not finish.`);
  site.delete(LAUNCH_FILE);
  for (const [name, data] of await searchIndexFiles(input.mainBuildDir, input.mainBaseUrl))
    site.set(name, data);
  const files = [...site.keys()].sort();
  const mtime = entryDate();
  const outDir = path.join(input.mainBuildDir, LMS_DIR);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const packageId of packageIds(input.outline)) {
    const scope = packageScope(input.outline, packageId, input.courseTitle);
    const title = packageId === 'course' ? input.courseTitle : `${input.courseTitle} ${scope.title}`;
    for (const version of SCORM_VERSIONS) {
      const zippable: Zippable = {};
      for (const name of files) zippable[name] = site.get(name) as Uint8Array;
      const page = launchPage(
        new TextDecoder().decode(index),
        { id: packageId, version, title, start: scope.start },
        title,
      );
      zippable[LAUNCH_FILE] = new TextEncoder().encode(page);
      const manifest = imsManifest(version, { packageId, title, files, version: '1.0' });
      zippable['imsmanifest.xml'] = new TextEncoder().encode(manifest);
      const name = packageFileName(version, packageId);
      await writeFile(path.join(outDir, name), zipSync(zippable, { level: 6, mtime }));
      written.push(name);
    }
  }
  return written;
}
