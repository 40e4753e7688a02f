import { useState } from 'react';
import { downloadText } from '@site/src/components/download';
import { useProgress } from '@site/src/progress/useProgress';
import styles from './styles.module.css';

type Kind = 'memory-only' | 'backup' | 'newer';

/**
 * Tells the learner, politely and once per visit, when progress is not being kept as they expect:
 * storage blocked or full (kept in memory only), unreadable data set aside, or data from a newer
 * version left untouched. Never blocks the page; each notice can be dismissed.
 */
export default function StorageNotice() {
  const { progress, status, store } = useProgress();
  const [dismissed, setDismissed] = useState<ReadonlySet<Kind>>(() => new Set());
  const notices: Kind[] = [];
  if (status.persistence === 'memory-only') notices.push('memory-only');
  if (status.persistence === 'read-only-newer-version') notices.push('newer');
  if (status.backupKey) notices.push('backup');
  const shown = notices.filter((kind) => !dismissed.has(kind));
  const dismiss = (kind: Kind) => setDismissed(new Set([...dismissed, kind]));
  // The export code loads on demand: this notice is on every page and is rarely needed.
  const exportCopy = async () => {
    const { exportProgress } = await import('@site/src/progress/exportImport');
    const file = exportProgress(progress, Date.now());
    downloadText(file.filename, file.text);
    store?.markExported();
  };
  const downloadBackup = () => {
    const text = store?.backupText();
    if (text) downloadText('who-controls-military-ai-unreadable-progress.txt', text, 'text/plain');
  };
  return (
    <div className={styles.region} role="status">
      {shown.map((kind) => (
        <section key={kind} className={styles.notice} aria-label="About your saved progress">
          {kind === 'memory-only' && (
            <p>
              <strong>Your progress is not being saved on this device.</strong> This browser is blocking
              storage or has run out of space, so your answers will be lost when you close this tab. Export a
              copy to keep them.
            </p>
          )}
          {kind === 'newer' && (
            <p>
              <strong>Your saved progress comes from a newer version of this course.</strong> It is left
              exactly as it is: this page will not change it. New answers are kept only until you close the
              tab.
            </p>
          )}
          {kind === 'backup' && (
            <p>
              <strong>Some saved progress could not be read.</strong> It was set aside, not deleted. You can
              download it to keep or to send to your teacher.
            </p>
          )}
          <div className={styles.actions}>
            {kind === 'memory-only' && (
              <button
                type="button"
                className="button button--primary button--sm"
                onClick={() => void exportCopy()}
              >
                Export a copy
              </button>
            )}
            {kind === 'backup' && (
              <button type="button" className="button button--primary button--sm" onClick={downloadBackup}>
                Download the unreadable data
              </button>
            )}
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => dismiss(kind)}
            >
              Dismiss
            </button>
          </div>
        </section>
      ))}
    </div>
  );
}
