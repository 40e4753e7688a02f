import { useId } from 'react';
import { exportReminderDue } from '@site/src/progress/derive';
import { formatDay } from './dashboardData';
import styles from './styles.module.css';
import { useFocusOnChange } from './useFocusOnChange';

interface Props {
  lastExportAt: number | undefined;
  hasProgress: boolean;
  now: () => number;
  exported: { filename: string } | null;
  onExport: () => void;
}

/** Downloads a copy of progress, and reminds the learner when the last copy is over a week old. */
export function ExportSection({ lastExportAt, hasProgress, now, exported, onExport }: Props) {
  const id = useId();
  const messageRef = useFocusOnChange<HTMLParagraphElement>(exported);
  const remind = hasProgress && exportReminderDue(lastExportAt, now());
  return (
    <section aria-labelledby={id} className={styles.subsection}>
      <h3 id={id}>Save a copy</h3>
      <p>
        Download your progress as a file. Import it on another device or browser, or after clearing your
        browser data, to carry on where you were. You can also send the file to your teacher.
      </p>
      {remind && (
        <p className={styles.warning}>
          {lastExportAt === undefined
            ? 'You have not saved a copy of your progress yet.'
            : 'It has been more than a week since you saved a copy of your progress.'}{' '}
          Safari may delete data of sites not visited for 7 days, and clearing your browser data deletes it
          too, so export a copy now.
        </p>
      )}
      {lastExportAt !== undefined && <p>You last saved a copy on {formatDay(lastExportAt)}.</p>}
      <button type="button" className="button button--primary" onClick={onExport}>
        Export progress
      </button>
      {exported && (
        <p role="status" tabIndex={-1} ref={messageRef} className={styles.message}>
          Your progress was saved as “{exported.filename}” in your downloads.
        </p>
      )}
    </section>
  );
}
