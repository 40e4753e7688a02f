import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChromium } from './chromium.mjs';

describe('findChromium', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prefers the browser named by CHROME_PATH when it exists', () => {
    vi.stubEnv('CHROME_PATH', process.execPath);
    expect(findChromium()).toBe(process.execPath);
  });

  it('ignores a CHROME_PATH that points at nothing, and finds what it finds without one', () => {
    vi.stubEnv('CHROME_PATH', '');
    const withoutOne = findChromium();
    vi.stubEnv('CHROME_PATH', '/nonexistent/chromium');
    expect(findChromium()).toBe(withoutOne);
    // On a machine with Debian's Chromium (CI installs it), that is the one found.
    if (existsSync('/usr/bin/chromium')) expect(withoutOne).toBe('/usr/bin/chromium');
  });
});
