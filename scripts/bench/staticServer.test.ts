import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveStatic } from './staticServer.mjs';
import { freePort } from './util.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wcmai-static-'));
mkdirSync(path.join(dir, 'docs'));
writeFileSync(path.join(dir, 'index.html'), '<h1>Home</h1>');
writeFileSync(path.join(dir, 'docs', 'lesson.html'), '<h1>Lesson</h1>'.repeat(50));
writeFileSync(path.join(dir, '404.html'), '<h1>Not found</h1>');
writeFileSync(path.join(dir, 'secret.txt'), 'outside');

let server: { origin: string; stop: () => void };
beforeAll(async () => {
  server = await serveStatic(dir, await freePort());
});
afterAll(() => server.stop());

describe('bench static server', () => {
  it('finds pages the way Docusaurus writes them (trailingSlash: false) and never leaves the build', () => {
    expect(fileFor(dir, '/')).toBe(path.join(dir, 'index.html'));
    expect(fileFor(dir, '/docs/lesson')).toBe(path.join(dir, 'docs', 'lesson.html'));
    expect(fileFor(path.join(dir, 'docs'), '/../secret.txt')).toBeNull();
  });

  it('sends HTML gzipped when the browser accepts it, and a 404 page for unknown paths', async () => {
    // Node's fetch decodes gzip itself, so read the raw bytes over http instead.
    const http = await import('node:http');
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
      http
        .get(`${server.origin}/docs/lesson`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject),
    );
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toContain('<h1>Lesson</h1>');
    const missing = await fetch(`${server.origin}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
  });
});
