import { useEffect, useRef, useState } from 'react';
import styles from './styles.module.css';

interface Props {
  /** The button's words, e.g. "Clear all submissions". */
  label: string;
  /** What will be deleted, said before the teacher confirms. */
  warning: string;
  onClear: () => void;
}

/**
 * A clear button that asks first, in the page rather than in a browser dialog (which a screen reader
 * user can miss and some browsers suppress): the first press shows what will be deleted and a
 * confirm button, which takes the focus.
 */
export default function ClearTeacherData({ label, warning, onClear }: Props) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // The confirm button appears where the first press was; focus follows so Enter confirms.
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className={styles.actions} role="group" aria-label={label}>
      <span>{warning}</span>
      <button
        type="button"
        className="button button--danger"
        ref={confirm}
        onClick={() => {
          setAsking(false);
          onClear();
        }}
      >
        Yes, delete
      </button>
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
