import { useState } from 'react';
import styles from './styles.module.css';

interface Props {
  /** The text to copy. */
  text: string;
  /** The button's words, e.g. "Copy link". */
  label: string;
  /** The element showing the text, selected for Ctrl+C when the clipboard API is unavailable. */
  targetId: string;
}

function selectText(targetId: string): void {
  const target = document.getElementById(targetId);
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    target.focus();
    target.select();
  } else if (target) {
    window.getSelection()?.selectAllChildren(target);
  }
}

/**
 * Copies text with navigator.clipboard; where that is missing or refused (http pages, some
 * browsers, permissions), selects the text and asks for Ctrl+C. The outcome is announced in a
 * status region that exists before the click (WCAG 4.1.3 Status Messages).
 */
export default function TeachCopyButton({ text, label, targetId }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('[classroom] No clipboard API here.');
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      selectText(targetId);
      setStatus('The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };
  return (
    <span className={styles.copy}>
      <button type="button" className="button button--secondary button--sm" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </span>
  );
}
