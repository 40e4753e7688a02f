/**
 * Registers the offline copy's service worker (@docusaurus/plugin-pwa's own registration code) once
 * the page has settled, instead of at its `load` event as the plugin does. Installing the worker
 * downloads the whole course (about 115 files, 6.5 MB); started at `load`, that competed with the
 * page's own start-up (hydration, saved progress appearing) for a phone's processor and network,
 * and the lesson's total blocking time in the bench rose by about a third (bench/REPORT.md).
 */
/** The page's start-up work ends well within this on a slow phone (the bench's traces). */
export const SETTLE_MS = 3000;

type Timers = Pick<Window, 'addEventListener' | 'setTimeout'> & {
  document: Pick<Document, 'readyState'>;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

/** Runs `start` once the page has loaded, `SETTLE_MS` more have passed, and the browser is idle. */
export function whenSettled(start: () => void, win: Timers = window): void {
  const idle = () =>
    win.requestIdleCallback ? win.requestIdleCallback(start, { timeout: SETTLE_MS }) : start();
  const afterLoad = () => win.setTimeout(idle, SETTLE_MS);
  if (win.document.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true });
}

// Client modules also run while the server renders pages: there is no window there.
if (typeof window !== 'undefined' && 'serviceWorker' in navigator) {
  // The plugin's module registers the worker as soon as it runs.
  whenSettled(() => void import('@docusaurus/plugin-pwa/lib/registerSw.js'));
}
