// `npm run test:e2e`: serve the production build on 127.0.0.1 at a free port and drive it with
// Playwright in Debian's Chromium. Fails at once, with the install command, when Chromium is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(`[e2e] Chromium is not installed. Install it with:\n  ${INSTALL_HINT}`);
  process.exit(1);
}
if (!existsSync('build/index.html')) {
  console.error('[e2e] There is no production build. Run `npm run build` first.');
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = process.env.E2E_PORT ?? String(await freePort());
const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_PORT: port, CHROME_PATH: chromium },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
