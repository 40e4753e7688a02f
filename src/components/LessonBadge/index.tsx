import clsx from 'clsx';
import { useLessonState } from '@site/src/course/useLessonState';
import styles from './styles.module.css';

/**
 * A sidebar mark for a lesson: an icon plus words for screen readers, never colour alone (WCAG
 * 1.4.1). A quiz lesson in progress also shows its questions right so far ("6/8").
 */
export default function LessonBadge({ docId }: { docId: string | undefined }) {
  const { lesson, state, right, total } = useLessonState(docId);
  if (!lesson || state === 'not-started') return null;
  if (state === 'done') {
    return (
      <span className={clsx(styles.badge, styles.done)}>
        <span aria-hidden="true">✓</span>
        <span className="visually-hidden"> (done)</span>
      </span>
    );
  }
  const counted = total > 0 && right > 0;
  return (
    <span className={clsx(styles.badge, styles.started)}>
      <span aria-hidden="true">{counted ? `◐ ${right}/${total}` : '◐'}</span>
      <span className="visually-hidden">
        {counted ? ` (in progress: ${right} of ${total} questions right)` : ' (in progress)'}
      </span>
    </span>
  );
}
