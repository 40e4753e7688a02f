import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

// Browser tests run against the production build served by `docusaurus serve` (see scripts/e2e.mjs,
// which picks the port and checks that Debian's Chromium is installed).
const port = process.env.E2E_PORT ?? '3100';
const baseUrl = process.env.BASE_URL ?? '/';
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `${origin}${baseUrl}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx docusaurus serve --dir build --host 127.0.0.1 --port ${port} --no-open`,
    url: `${origin}${baseUrl}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
