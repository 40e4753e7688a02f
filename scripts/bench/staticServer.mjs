// A static server for a production build that compresses text the way real hosts do (GitHub Pages,
// Netlify, nginx with gzip on). `docusaurus serve` sends everything uncompressed, which made
// Lighthouse's simulated slow network charge every page for raw HTML and CSS: a long lesson paid
// four times what any real host would send. Both sites in a bench run are served by this, with
// GitHub Pages' cache lifetime (10 minutes).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** The file a URL path names: itself, `x.html` (trailingSlash: false) or `x/index.html`. */
export function fileFor(buildDir, urlPath) {
  const root = path.resolve(buildDir);
  const base = path.join(root, path.normalize(decodeURIComponent(urlPath)));
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next form */
    }
  }
  return null;
}

/** Serves `buildDir` on 127.0.0.1:`port`; resolves to { origin, stop }. */
export function serveStatic(buildDir, port) {
  const root = path.resolve(buildDir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const found = fileFor(root, pathname);
    const file = found ?? fileFor(root, '/404.html');
    const ext = file ? path.extname(file) : '.txt';
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=600',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.writeHead(found ? 200 : 404, headers);
    if (!file) return res.end('Not found');
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => server.close() }),
    );
  });
}
