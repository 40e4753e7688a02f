import { defineConfig } from 'vitest/config';

// Unit and component tests sit beside the code as *.test.ts(x); browser tests live in tests/e2e (Playwright).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'jsdom',
    globals: true,
    include: [
      'src/**/*.test.{ts,tsx}',
      'plugins/**/*.test.{ts,tsx}',
      'scripts/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['./tests/setup-unit.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
