import clsx from 'clsx';
import styles from './styles.module.css';

/** Right or wrong in words and a symbol, so it is never told by colour alone (WCAG 1.4.1). */
export function Mark({ correct, label }: { correct: boolean; label?: string }) {
  return (
    <span className={clsx(styles.mark, correct ? styles.right : styles.wrong, 'quiz-mark')}>
      <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
      {label ?? (correct ? 'right' : 'not right')}
    </span>
  );
}
