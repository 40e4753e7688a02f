/**
 * "A new version of the course is available", shown by @docusaurus/plugin-pwa when a newer copy has
 * been downloaded. Replaces the plugin's popup, which screen readers never announced, could not be
 * closed with Escape and had a close target smaller than 24 px (WCAG 4.1.3, 2.4.11, 2.5.8).
 * It does not take focus: the learner may be typing an answer.
 */
import { useCallback, useEffect, useState } from 'react';
import clsx from 'clsx';
import { useEscapeKey } from '@site/src/components/useEscapeKey';
import styles from './styles.module.css';

/** What @docusaurus/plugin-pwa passes: reload once the new service worker has taken over. */
type Props = { readonly onReload: () => void };

export default function PwaReloadPopup({ onReload }: Props) {
  const [open, setOpen] = useState(true);
  // The message enters the status region a moment after the region exists, so screen readers
  // read it out (text inserted together with its live region is often skipped).
  const [message, setMessage] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setMessage('A new version of the course is available.'), 100);
    return () => clearTimeout(timer);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  useEscapeKey(open, close);
  if (!open) return null;
  return (
    <section className={clsx('alert alert--secondary', styles.popup)} aria-label="Course update">
      <p role="status">{message}</p>
      <p>Refresh to use it. Your answers and progress are kept.</p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => {
            close();
            onReload();
          }}
        >
          Refresh
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={close}>
          Not now
        </button>
      </div>
    </section>
  );
}
