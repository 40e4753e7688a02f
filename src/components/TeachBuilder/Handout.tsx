import { forwardRef } from 'react';
import TeachCopyButton from '@site/src/components/TeachCopyButton';
import TeachQrCode from '@site/src/components/TeachQrCode';
import type { AssignmentDraft, AssignmentItem } from '@site/src/classroom/assignment';
import { formatDay } from '@site/src/classroom/dates';
import styles from './styles.module.css';

interface Props {
  draft: AssignmentDraft;
  items: readonly AssignmentItem[];
  link: string;
  gradebookLink: string;
}

/** The steps of the work: each lesson with its own quiz, and a quiz assigned alone on its own line. */
function steps(items: readonly AssignmentItem[]): { lesson?: AssignmentItem; quizzes: AssignmentItem[] }[] {
  const result: { lesson?: AssignmentItem; quizzes: AssignmentItem[] }[] = [];
  for (const item of items) {
    const last = result.at(-1);
    if (item.kind === 'quiz' && last?.lesson?.id === item.lessonDocId) last.quizzes.push(item);
    else if (item.kind === 'quiz') result.push({ quizzes: [item] });
    else result.push({ lesson: item, quizzes: [] });
  }
  return result;
}

/**
 * The printable handout: what to do, by when, the link as text and as a QR code. On paper only
 * this section prints (src/css/print.css hides the rest of /teach by its `teach-handout` class).
 */
const Handout = forwardRef<HTMLHeadingElement, Props>(function Handout(
  { draft, items, link, gradebookLink },
  ref,
) {
  return (
    <section className={`${styles.handout} teach-handout`} aria-labelledby="teach-handout-heading">
      <h2 id="teach-handout-heading" ref={ref} tabIndex={-1}>
        Assignment: {draft.title}
      </h2>
      {draft.className && <p>Class: {draft.className}</p>}
      {draft.dueDate && <p>Due: {formatDay(draft.dueDate)}</p>}
      <p>Pass mark: {draft.passMark}% in each quiz</p>
      <p>Open the link below, or scan the QR code, then work through:</p>
      <ol className={styles.steps}>
        {steps(items).map(({ lesson, quizzes }) => (
          <li key={lesson ? lesson.id : quizzes[0]?.id}>
            {lesson ? `Read the lesson “${lesson.title}”` : `Answer the quiz “${quizzes[0]?.title}”`}
            {lesson &&
              quizzes.length > 0 &&
              `, then answer its quiz “${quizzes.map((q) => q.title).join('” and “')}”`}
          </li>
        ))}
      </ol>
      <p>When you have finished, use “Submit to my teacher” in the assignment banner.</p>
      <p className={styles.link} id="teach-assignment-link">
        {link}
      </p>
      <TeachQrCode text={link} label="QR code for the assignment link" />
      <div className={`${styles.actions} ${styles.noPrint}`}>
        <TeachCopyButton text={link} label="Copy the assignment link" targetId="teach-assignment-link" />
        <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
          Print this handout
        </button>
      </div>
      <p className={styles.noPrint}>
        This assignment is saved under “Your assignments” below, in this browser.{' '}
        <a href={gradebookLink}>Open the gradebook for this assignment</a>
      </p>
    </section>
  );
});

export default Handout;
