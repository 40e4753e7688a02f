import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and component tests sit beside the code as *.test.ts(x); browser tests live in tests/e2e (Playwright).
export default defineConfig({
  resolve: { alias: { '@site': fileURLToPath(new URL('.', import.meta.url)) } },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'jsdom',
    globals: true,
    // Component tests drive real user events; on a busy two-core machine 5 s is not always enough.
    testTimeout: 30_000,
    include: [
      'src/**/*.test.{ts,tsx}',
      'plugins/**/*.test.{ts,tsx}',
      'scripts/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/content/**/*.test.ts',
    ],
    setupFiles: ['./tests/setup-unit.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
