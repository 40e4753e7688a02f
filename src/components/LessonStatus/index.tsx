import { useEffect } from 'react';
import Link from '@docusaurus/Link';
import { lessonFigures } from '@site/src/course/courseProgress';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import { useLessonState } from '@site/src/course/useLessonState';
import { bestScore } from '@site/src/progress/derive';
import { getOwn } from '@site/src/progress/schema';
import { useProgress } from '@site/src/progress/useProgress';
import { countOf } from '@site/src/text/plural';
import { useAssignmentPassMark } from '../AssignmentBanner/useAssignmentPassMark';
import styles from './styles.module.css';

interface Props {
  docId: string;
  permalink: string;
  title: string;
  next?: { title: string; permalink: string };
}

/**
 * The end of a lesson: whether it is complete, how far along its quiz is ("6 of 8 right · pass mark
 * 80%"), how to complete it, and the way on. Also records the visit, so "Continue where you left
 * off" and the sidebar know where the learner has been.
 */
export default function LessonStatus({ docId, permalink, title, next }: Props) {
  const { lesson, state } = useLessonState(docId);
  const { progress, store } = useProgress();
  const outline = useCourseOutline();
  const assigned = useAssignmentPassMark(lesson?.quizIds[0] ?? '');
  useEffect(() => {
    // On the page's first load this runs while the page hydrates, before views show saved data
    // (useHydrated), so the visit re-renders nothing: the views pick it up in the transition that
    // shows the learner's data, instead of in a synchronous render of their own (bench/REPORT.md).
    store?.markVisited(docId, permalink, title);
  }, [store, docId, permalink, title]);
  if (!lesson) return null;
  const hasQuiz = lesson.quizIds.length > 0;
  const markedDone = getOwn(progress.lessons, docId)?.markedDone === true;
  const figures = lessonFigures(progress, outline, lesson);
  const best = hasQuiz ? bestScore(progress, lesson.quizIds[0]!) : null;
  return (
    <aside className={styles.status} aria-label="Lesson progress">
      {state === 'done' ? (
        <p className={styles.done}>
          <span aria-hidden="true">✓ </span>Lesson complete{hasQuiz ? ': you passed its quiz.' : '.'}
        </p>
      ) : hasQuiz ? (
        <p>
          {figures.answered > 0 && (
            <>
              <strong>
                {figures.right} of {countOf(figures.total, 'question')} right
              </strong>
              {` (${figures.answered} answered)`}
              {best !== null && ` · best finished attempt ${best}%`}
              {' · '}
            </>
          )}
          To complete this lesson, finish its quiz with at least the pass mark (
          {assigned
            ? `${assigned.passMark}%, set by your assignment “${assigned.title}”`
            : `${figures.passMark}%`}
          ).
        </p>
      ) : (
        <p>This page has no quiz: mark it as done when you have read it.</p>
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
