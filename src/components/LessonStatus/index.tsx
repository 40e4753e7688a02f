import { useEffect } from 'react';
import Link from '@docusaurus/Link';
import { useLessonState } from '@site/src/course/useLessonState';
import { getOwn } from '@site/src/progress/schema';
import { useProgress } from '@site/src/progress/useProgress';
import styles from './styles.module.css';

interface Props {
  docId: string;
  permalink: string;
  title: string;
  next?: { title: string; permalink: string };
}

/**
 * The end of a lesson: whether it is complete, how to complete it, and the way on. Also records the
 * visit, so "Continue where you left off" and the sidebar know where the learner has been.
 */
export default function LessonStatus({ docId, permalink, title, next }: Props) {
  const { lesson, state } = useLessonState(docId);
  const { progress, store } = useProgress();
  useEffect(() => {
    if (!store) return;
    // In a task of its own: a store change re-renders every progress view at once, and inside the
    // hydration task that made one long task of both on a slow phone (bench/REPORT.md).
    const timer = setTimeout(() => store.markVisited(docId, permalink, title), 0);
    return () => clearTimeout(timer);
  }, [store, docId, permalink, title]);
  if (!lesson) return null;
  const hasQuiz = lesson.quizIds.length > 0;
  const markedDone = getOwn(progress.lessons, docId)?.markedDone === true;
  return (
    <aside className={styles.status} aria-label="Lesson progress">
      {state === 'done' ? (
        <p className={styles.done}>
          <span aria-hidden="true">✓ </span>Lesson complete{hasQuiz ? ': you passed its quiz.' : '.'}
        </p>
      ) : (
        <p>
          {hasQuiz
            ? 'To complete this lesson, reach the pass mark in its quiz.'
            : 'This page has no quiz: mark it as done when you have read it.'}
        </p>
      )}
      <div className={styles.actions}>
        {!hasQuiz && (
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={markedDone}
            onClick={() => store?.markDone(docId, !markedDone)}
          >
            {markedDone ? 'Marked as done' : 'Mark as done'}
          </button>
        )}
        {next && (
          <Link className="button button--primary" to={next.permalink}>
            Next: {next.title}
          </Link>
        )}
        <Link to="/progress">See your progress</Link>
      </div>
    </aside>
  );
}
