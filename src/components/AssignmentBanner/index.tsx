import { useState } from 'react';
import { Link } from '@site/src/components/docusaurusClient';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import { assignmentChecklist, type ChecklistItem } from '@site/src/classroom/assignmentProgress';
import { formatDay } from '@site/src/classroom/dates';
import type { StorageSlot } from '@site/src/progress/storageSlot';
import { useProgress } from '@site/src/progress/useProgress';
import SubmitPanel from './SubmitPanel';
import { useActiveAssignment } from './useActiveAssignment';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
  /** Tests pass an in-memory storage slot and a clock. */
  storage?: StorageSlot;
  now?: () => number;
}

/** How an item stands, in words (not colour alone: WCAG 1.4.1). */
function words(item: ChecklistItem, passMark: number): string {
  if (!item.done) return 'Not done yet';
  if (item.kind === 'lesson') return 'Done';
  return item.belowPassMark
    ? `Done: best score ${item.best}%, below this assignment’s pass mark of ${passMark}%`
    : `Done: best score ${item.best}%, passed (pass mark ${passMark}%)`;
}

/**
 * The banner a student sees on every page once they open an assignment link: what is due, the
 * assignment's pass mark (the one every assigned quiz uses), their own progress on each item, and
 * "Submit to my teacher". A damaged or foreign link shows a plain message, and the assignment the
 * student already had stays. Nothing renders before hydration.
 */
export default function AssignmentBanner({ baseUrl, storage, now }: Props) {
  const outline = useCourseOutline();
  const { progress } = useProgress();
  const { state, dismiss, dismissProblem } = useActiveAssignment(baseUrl, outline, storage);
  const [submitting, setSubmitting] = useState(false);
  const { current, problem } = state;
  if (!current && !problem) return null;
  const problemNotice = problem && (
    <div className={styles.problem} role="alert">
      <p>
        <strong>This assignment link cannot be opened.</strong> {problem}
        {current && ` Your assignment “${current.assignment.title}” is kept, as it was.`}
      </p>
      <button type="button" className="button button--link button--sm" onClick={dismissProblem}>
        Close this message
      </button>
    </div>
  );
  if (!current) {
    return (
      <aside className={styles.banner} aria-label="Assignment">
        {problemNotice}
      </aside>
    );
  }
  const { assignment, leftOut } = current;
  const items = assignmentChecklist(assignment, outline, progress);
  const done = items.filter((item) => item.done).length;
  const missing = items.filter((item) => !item.done).map((item) => item.title);
  const underItsLesson = (item: ChecklistItem) =>
    item.kind === 'quiz' && items.some((other) => other.kind === 'lesson' && other.id === item.lessonDocId);
  return (
    <aside className={styles.banner} aria-label="Assignment">
      {problemNotice}
      <p className={styles.heading}>
        <strong>Assignment: {assignment.title}</strong>
        {assignment.className && <span> · Class: {assignment.className}</span>}
        {assignment.dueDate && <span> · Due {formatDay(assignment.dueDate)}</span>}
        <span> · Pass mark for this assignment: {assignment.passMark}%</span>
        <span>
          {' '}
          · {done} of {items.length} done{done === items.length ? ': all finished' : ''}
        </span>
      </p>
      {leftOut > 0 && (
        <p>
          {leftOut} {leftOut === 1 ? 'item' : 'items'} of this assignment {leftOut === 1 ? 'is' : 'are'} no
          longer in this course and {leftOut === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      <details className={styles.details} open>
        <summary>Checklist</summary>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={`${item.kind}:${item.id}`} className={underItsLesson(item) ? styles.quiz : undefined}>
              <span aria-hidden="true">{item.done ? '✓ ' : '○ '}</span>
              {item.kind === 'lesson' ? 'Lesson' : 'Quiz'}: <Link to={item.permalink}>{item.title}</Link> (
              {words(item, assignment.passMark)})
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
        <button type="button" className="button button--link button--sm" onClick={dismiss}>
          Close the assignment banner
        </button>
      </div>
      {submitting && <SubmitPanel assignment={assignment} outline={outline} missing={missing} now={now} />}
    </aside>
  );
}
