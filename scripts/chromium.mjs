// Where Debian's Chromium lives. Tests never download a browser: the machine's own is used.
import { existsSync } from 'node:fs';

export const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium   (or set CHROME_PATH)';

/** The Chromium executable to drive, or null when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a closed network (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
