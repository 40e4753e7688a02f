import clsx from 'clsx';
import { useLessonState } from '@site/src/course/useLessonState';
import styles from './styles.module.css';

const LABELS = { done: 'done', 'in-progress': 'in progress' } as const;

/** A sidebar mark for a lesson: an icon plus words for screen readers, never colour alone (WCAG 1.4.1). */
export default function LessonBadge({ docId }: { docId: string | undefined }) {
  const { lesson, state } = useLessonState(docId);
  if (!lesson || state === 'not-started') return null;
  return (
    <span className={clsx(styles.badge, styles[state === 'done' ? 'done' : 'started'])}>
      <span aria-hidden="true">{state === 'done' ? '✓' : '◐'}</span>
      <span className="visually-hidden"> ({LABELS[state]})</span>
    </span>
  );
}
