import { useId, useState } from 'react';
import type { ProgressStore } from '@site/src/progress/store';
import styles from './styles.module.css';
import { useFocusOnChange } from './useFocusOnChange';

type ResetState =
  | { kind: 'idle'; cancelled?: boolean }
  | { kind: 'confirming' }
  | { kind: 'cleared'; undo: () => void }
  | { kind: 'restored' };

interface Props {
  store: ProgressStore | null;
  hasProgress: boolean;
}

/**
 * Reset with an inline confirmation (no browser dialog) and an Undo that stays for the rest of the
 * visit: deleting the learner's data must be confirmed or reversible (WCAG 3.3.4); this is both.
 */
export function ResetSection({ store, hasProgress }: Props) {
  const id = useId();
  const [state, setState] = useState<ResetState>({ kind: 'idle' });
  // After Cancel, focus goes back to the Reset button, where the learner was.
  const resetButton = useFocusOnChange<HTMLButtonElement>(
    state.kind === 'idle' && state.cancelled ? state : null,
  );
  const messageRef = useFocusOnChange<HTMLParagraphElement>(state.kind === 'idle' ? null : state);
  const confirm = () => {
    if (!store) return;
    setState({ kind: 'cleared', undo: store.reset() });
  };
  const cancel = () => setState({ kind: 'idle', cancelled: true });
  const undo = () => {
    if (state.kind !== 'cleared') return;
    state.undo();
    setState({ kind: 'restored' });
  };
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>Start again</h2>
      {state.kind === 'confirming' ? (
        <div className={styles.panel}>
          <p tabIndex={-1} ref={messageRef}>
            <strong>Reset your progress?</strong> This deletes every answer, quiz attempt and lesson mark kept
            in this browser. You can undo it until you leave this page.
          </p>
          <div className={styles.actions}>
            <button type="button" className={`button ${styles.dangerButton}`} onClick={confirm}>
              Yes, reset my progress
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>Clear all your answers and results in this browser, for example to start the course again.</p>
          <button
            ref={resetButton}
            type="button"
            className="button button--secondary"
            disabled={!hasProgress}
            onClick={() => setState({ kind: 'confirming' })}
          >
            Reset my progress
          </button>
          {!hasProgress && state.kind === 'idle' && (
            <p className={styles.hint}>There is nothing to reset yet.</p>
          )}
        </>
      )}
      {state.kind === 'cleared' && (
        <div className={styles.panel}>
          <p role="status" tabIndex={-1} ref={messageRef} className={styles.message}>
            Progress cleared.
          </p>
          <button type="button" className="button button--secondary" onClick={undo}>
            Undo reset
          </button>
        </div>
      )}
      {state.kind === 'restored' && (
        <p role="status" tabIndex={-1} ref={messageRef} className={styles.message}>
          Your progress is back as it was before the reset.
        </p>
      )}
    </section>
  );
}
