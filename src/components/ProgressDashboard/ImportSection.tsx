import { type ChangeEvent, useId } from 'react';
import type { ImportReport } from '@site/src/progress/exportImport';
import { ImportPreview } from './ImportPreview';
import styles from './styles.module.css';
import { useFocusOnChange } from './useFocusOnChange';
import type { useImport } from './useImport';

type Flow = ReturnType<typeof useImport>;

const SHOWN_SKIPS = 10;

function SkippedItems({ report }: { report: ImportReport }) {
  if (report.skipped.length === 0) return null;
  const rest = report.skipped.length - SHOWN_SKIPS;
  return (
    <details>
      <summary>Items skipped ({report.skipped.length})</summary>
      <ul>
        {report.skipped.slice(0, SHOWN_SKIPS).map((item) => (
          <li key={`${item.kind} ${item.id}`}>
            {item.kind} “{item.id}”: {item.reason}
          </li>
        ))}
        {rest > 0 && <li>and {rest} more</li>}
      </ul>
    </details>
  );
}

/** Chooses a file, shows why it was refused or what importing it would do, then the result. */
export function ImportSection({ flow }: { flow: Flow }) {
  const id = useId();
  const { state } = flow;
  const messageRef = useFocusOnChange<HTMLParagraphElement>(
    state.kind === 'applied' || state.kind === 'undone' || state.kind === 'cancelled' ? state : null,
  );
  const previewRef = useFocusOnChange<HTMLHeadingElement>(state.kind === 'preview' ? state : null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    event.target.value = '';
    if (file) void flow.choose(file);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.subsection}>
      <h3 id={`${id}-heading`}>Import a saved copy</h3>
      <p>
        Choose a file you saved with “Export progress”. You will see what it would change before anything
        changes.
      </p>
      <label htmlFor={`${id}-file`} className={styles.fileLabel}>
        Progress file (.json)
      </label>
      <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={onChange} />
      {state.kind === 'reading' && <p role="status">Reading the file…</p>}
      {state.kind === 'rejected' && (
        <p role="alert" className={styles.error}>
          {state.reason}
        </p>
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          envelope={state.envelope}
          migratedFrom={state.migratedFrom}
          merge={state.merge}
          replace={state.replace}
          headingRef={previewRef}
          onApply={flow.apply}
          onCancel={flow.cancel}
        />
      )}
      {state.kind === 'cancelled' && (
        <p role="status" tabIndex={-1} ref={messageRef} className={styles.message}>
          Import cancelled. Nothing was changed.
        </p>
      )}
      {state.kind === 'applied' && (
        <div className={styles.panel}>
          <p role="status" tabIndex={-1} ref={messageRef} className={styles.message}>
            {state.report.mode === 'merge' ? 'Merged' : 'Replaced'}: {state.report.summary}.
          </p>
          <SkippedItems report={state.report} />
          <button type="button" className="button button--secondary" onClick={flow.undo}>
            Undo import
          </button>
        </div>
      )}
      {state.kind === 'undone' && (
        <p role="status" tabIndex={-1} ref={messageRef} className={styles.message}>
          The import was undone: your progress is as it was before.
        </p>
      )}
    </section>
  );
}
