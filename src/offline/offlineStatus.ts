/**
 * Whether this browser holds the course for offline use, read from the service worker that
 * @docusaurus/plugin-pwa registers. Framework-free; the footer's OfflineIndicator renders it.
 *
 * The plugin's worker precaches the whole course while it installs (`install` waits for every file),
 * so an active worker means the copy is complete.
 */

/** `unknown`: no service worker (unsupported, dev server, not registered yet): show nothing. */
export type OfflineStatus = 'unknown' | 'saving' | 'ready';

/** What the footer shows: the status, and whether it changed while this page was open. */
export type OfflineView = { status: OfflineStatus; changed: boolean };

export const INITIAL_VIEW: OfflineView = { status: 'unknown', changed: false };

/** The words shown for a status (empty for `unknown`). */
export function offlineMessage(status: OfflineStatus): string {
  if (status === 'ready') return 'Available offline';
  if (status === 'saving') return 'Saving the course for offline use…';
  return '';
}

/** The status a registration stands for: active means precached; installing or waiting means saving. */
export function statusOf(registration: ServiceWorkerRegistration | undefined): OfflineStatus {
  if (!registration) return 'unknown';
  if (registration.active) return 'ready';
  if (registration.installing || registration.waiting) return 'saving';
  return 'unknown';
}

/**
 * The next view. Only a change from one known status to another counts as `changed`, so a page that
 * opens already available offline is not announced on every visit (WCAG 4.1.3: status messages are
 * for changes).
 */
export function nextView(view: OfflineView, status: OfflineStatus): OfflineView {
  if (status === view.status) return view;
  return { status, changed: view.changed || view.status !== 'unknown' };
}

type Container = Pick<ServiceWorkerContainer, 'ready' | 'getRegistration'>;

/**
 * Calls `onChange` with each new status until the course is ready offline; returns a function that
 * stops watching. The plugin registers its worker after the page's `load` event and the platform has
 * no event for a new registration, so this polls `getRegistration` (a local lookup) every `pollMs`
 * while saving, giving up after `maxIdlePolls` polls that find nothing.
 */
export function watchOfflineStatus(
  container: Container | undefined,
  onChange: (status: OfflineStatus) => void,
  { pollMs = 1000, maxIdlePolls = 30 } = {},
): () => void {
  if (!container) return () => {};
  let stopped = false;
  let last: OfflineStatus = 'unknown';
  let idlePolls = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (status: OfflineStatus) => {
    if (stopped || status === last) return;
    last = status;
    onChange(status);
  };
  container.ready.then(
    () => report('ready'),
    () => {},
  );
  const poll = () => {
    container.getRegistration().then(
      (registration) => {
        if (stopped || last === 'ready') return;
        const status = statusOf(registration);
        report(status);
        if (status === 'ready') return;
        if (status === 'unknown' && ++idlePolls >= maxIdlePolls) return;
        timer = setTimeout(poll, pollMs);
      },
      () => {},
    );
  };
  poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
