import type { RefObject } from 'react';
import type { ImportMode, ImportReport } from '@site/src/progress/exportImport';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { fileContents, formatDay } from './dashboardData';
import styles from './styles.module.css';

interface Props {
  envelope: ProgressEnvelope;
  migratedFrom: number | undefined;
  merge: ImportReport;
  replace: ImportReport;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onApply: (mode: ImportMode) => void;
  onCancel: () => void;
}

/**
 * What Merge and what Replace would each do, before anything changes: the learner confirms, and
 * can still undo afterwards (WCAG 3.3.4 Error Prevention). Every value is shown as text.
 */
export function ImportPreview({
  envelope,
  migratedFrom,
  merge,
  replace,
  headingRef,
  onApply,
  onCancel,
}: Props) {
  return (
    <div className={styles.panel}>
      <h4 ref={headingRef} tabIndex={-1}>
        Check before importing
      </h4>
      <p>
        This file holds {fileContents(envelope)}
        {envelope.lastExportAt === undefined ? '' : `, saved on ${formatDay(envelope.lastExportAt)}`}.
        {migratedFrom === undefined ? '' : ' It comes from an older version of this site and was converted.'}
      </p>
      <ul>
        <li>
          <strong>Merge</strong> keeps your progress here and adds the file’s; where both have an answer to
          the same question, the newer one wins. Result: {merge.summary}.
        </li>
        <li>
          <strong>Replace</strong> swaps your progress here for the file’s. Result: {replace.summary}.
        </li>
      </ul>
      <p>Nothing changes until you choose, and you can undo either afterwards.</p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => onApply('merge')}>
          Merge
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply('replace')}>
          Replace
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
