// What the offline copy costs: the files the service worker precaches after the first visit,
// read from the manifest Workbox injects into build/sw.js, with their raw and gzip sizes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** { files, rawBytes, gzBytes } for the precache list in `<buildDir>/sw.js`, or null without one. */
export function precacheSize(buildDir) {
  const sw = path.join(buildDir, 'sw.js');
  if (!existsSync(sw)) return null;
  const list = /\[\{"revision":[^\]]*\]/.exec(readFileSync(sw, 'utf8'));
  if (!list) return null;
  const urls = JSON.parse(list[0]).map((entry) => entry.url);
  let rawBytes = 0;
  let gzBytes = 0;
  for (const url of urls) {
    const body = readFileSync(path.join(buildDir, decodeURIComponent(url.split('?')[0])));
    rawBytes += body.length;
    gzBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: urls.length, rawBytes, gzBytes };
}
