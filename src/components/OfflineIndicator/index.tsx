import { useEffect, useState } from 'react';
import { INITIAL_VIEW, nextView, offlineMessage, watchOfflineStatus } from '@site/src/offline/offlineStatus';
import styles from './styles.module.css';

/**
 * "Saving the course for offline use…" / "Available offline" in the footer, from the service worker
 * of @docusaurus/plugin-pwa; nothing where there is none (unsupported browser, `npm start`). The
 * static HTML says nothing: the status is read after hydration.
 */
export default function OfflineIndicator() {
  const [view, setView] = useState(INITIAL_VIEW);
  useEffect(
    () =>
      watchOfflineStatus('serviceWorker' in navigator ? navigator.serviceWorker : undefined, (status) =>
        setView((current) => nextView(current, status)),
      ),
    [],
  );
  const text = offlineMessage(view.status);
  // The status region exists before any message and speaks only for a change seen on this page
  // (WCAG 4.1.3); a status already known when the page opens is plain text.
  return (
    <p className={styles.offline}>
      {view.changed ? null : text}
      <span role="status">{view.changed ? text : null}</span>
    </p>
  );
}
