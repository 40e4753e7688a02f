import { useId } from 'react';
import type { ProgressStatus } from '@site/src/progress/store';
import { persistenceWords, persistWords } from './statusWords';
import styles from './styles.module.css';

interface Props {
  status: ProgressStatus;
  /** False during server rendering and hydration, when the real status is not known yet. */
  known: boolean;
  onExport: () => void;
  onDownloadBackup: (() => void) | null;
}

/** Where progress is kept, whether the browser agreed to keep it, and any data kept aside. */
export function StorageStatus({ status, known, onExport, onDownloadBackup }: Props) {
  const id = useId();
  const persist = persistWords(status);
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>Where your progress is kept</h2>
      {!known ? (
        <p>Your progress appears here once the page has finished loading.</p>
      ) : (
        <>
          <p className={status.persistence === 'saved' ? undefined : styles.warning}>
            {persistenceWords(status)}
          </p>
          {status.persistence === 'memory-only' && (
            <p>
              <button type="button" className="button button--primary" onClick={onExport}>
                Export a copy now
              </button>
            </p>
          )}
          {persist && <p>{persist}</p>}
          {status.backupKey !== undefined && (
            <div className={styles.warning}>
              <p>
                Some progress saved earlier in this browser could not be read
                {status.backupReason ? ` (${status.backupReason})` : ''}, so it was kept aside instead of
                being deleted. You can download it to keep it or to show it to your teacher.
              </p>
              {onDownloadBackup && (
                <button type="button" className="button button--secondary" onClick={onDownloadBackup}>
                  Download the unreadable data
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
