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

  it('ignores a CHROME_PATH that points at nothing', () => {
    vi.stubEnv('CHROME_PATH', '/nonexistent/chromium');
    expect(findChromium()).not.toBe('/nonexistent/chromium');
  });
});
