import { useState } from 'react';
import { Link } from '@site/src/components/docusaurusClient';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import { type Assignment, assignmentItems } from '@site/src/classroom/assignment';
import { attemptsOf, bestScore, isLessonComplete } from '@site/src/progress/derive';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { AssignmentSlot } from '@site/src/progress/assignmentSlot';
import { useProgress } from '@site/src/progress/useProgress';
import SubmitPanel from './SubmitPanel';
import { useActiveAssignment } from './useActiveAssignment';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
  /** Tests pass an in-memory slot and a clock. */
  slot?: AssignmentSlot;
  now?: () => number;
}

/** Each assigned item with whether it is done and, in words, how it stands. */
function checklist(assignment: Assignment, outline: CourseOutline, progress: ProgressEnvelope) {
  const lessons = outline.units.flatMap((unit) => unit.lessons);
  return assignmentItems(assignment, outline).map((item) => {
    if (item.kind === 'lesson') {
      const lesson = lessons.find((entry) => entry.docId === item.id);
      const done = lesson ? isLessonComplete(progress, lesson) : false;
      return { ...item, done, words: done ? 'Done' : 'Not done yet' };
    }
    const tries = attemptsOf(progress, item.id).length;
    const best = bestScore(progress, item.id);
    if (!tries || best === null) return { ...item, done: false, words: 'Not done yet' };
    const below = best < assignment.passMark ? `, below the pass mark of ${assignment.passMark}%` : '';
    return { ...item, done: true, words: `Done: best score ${Math.round(best)}%${below}` };
  });
}

/**
 * The banner a student sees on every page once they open an assignment link: what is due, their
 * own progress on each item (in words, not colour alone: WCAG 1.4.1), and "Submit to my teacher".
 * A damaged or foreign link shows a plain message instead. Nothing renders before hydration.
 */
export default function AssignmentBanner({ baseUrl, slot, now }: Props) {
  const outline = useCourseOutline();
  const { progress } = useProgress();
  const { active, dismiss } = useActiveAssignment(baseUrl, outline, slot);
  const [submitting, setSubmitting] = useState(false);
  if (!active) return null;
  const close = (
    <button type="button" className="button button--link button--sm" onClick={dismiss}>
      Close the assignment banner
    </button>
  );
  if (!active.ok) {
    return (
      <aside className={`${styles.banner} ${styles.problem}`} aria-label="Assignment">
        <p role="alert">
          <strong>This assignment link cannot be opened.</strong> {active.reason}
        </p>
        {close}
      </aside>
    );
  }
  const { assignment } = active;
  const items = checklist(assignment, outline, progress);
  const done = items.filter((item) => item.done).length;
  const missing = items.filter((item) => !item.done).map((item) => item.title);
  return (
    <aside className={styles.banner} aria-label="Assignment">
      <p className={styles.heading}>
        <strong>Assignment: {assignment.title}</strong>
        {assignment.className && <span> · Class: {assignment.className}</span>}
        {assignment.dueDate && <span> · Due {assignment.dueDate}</span>}
        <span>
          {' '}
          · {done} of {items.length} done{done === items.length ? ': all finished' : ''}
        </span>
      </p>
      {active.leftOut > 0 && (
        <p>
          {active.leftOut} {active.leftOut === 1 ? 'item' : 'items'} of this assignment{' '}
          {active.leftOut === 1 ? 'is' : 'are'} no longer in this course and{' '}
          {active.leftOut === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      <details className={styles.details}>
        <summary>Checklist</summary>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={`${item.kind}:${item.id}`}>
              <span aria-hidden="true">{item.done ? '✓ ' : '○ '}</span>
              {item.kind === 'lesson' ? 'Lesson' : 'Quiz'}: <Link to={item.permalink}>{item.title}</Link> (
              {item.words})
            </li>
          ))}
        </ul>
      </details>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary button--sm"
          aria-expanded={submitting}
          onClick={() => setSubmitting(!submitting)}
        >
          Submit to my teacher
        </button>
        {close}
      </div>
      {submitting && <SubmitPanel assignment={assignment} outline={outline} missing={missing} now={now} />}
    </aside>
  );
}
