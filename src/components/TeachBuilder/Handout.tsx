import { forwardRef } from 'react';
import TeachCopyButton from '@site/src/components/TeachCopyButton';
import TeachQrCode from '@site/src/components/TeachQrCode';
import type { AssignmentItem } from '@site/src/classroom/assignment';
import type { AssignmentDraft } from '@site/src/classroom/assignment';
import styles from './styles.module.css';

interface Props {
  draft: AssignmentDraft;
  items: readonly AssignmentItem[];
  link: string;
  gradebookLink: string;
}

/** The printable handout: what to do, by when, the link as text and as a QR code. */
const Handout = forwardRef<HTMLHeadingElement, Props>(function Handout(
  { draft, items, link, gradebookLink },
  ref,
) {
  return (
    <section className={styles.handout} aria-labelledby="teach-handout-heading">
      <h2 id="teach-handout-heading" ref={ref} tabIndex={-1}>
        Assignment: {draft.title}
      </h2>
      {draft.className && <p>Class: {draft.className}</p>}
      {draft.dueDate && <p>Due: {draft.dueDate}</p>}
      <p>Pass mark: {draft.passMark}%</p>
      <p>Open the link below, or scan the QR code, then work through:</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            {item.kind === 'lesson' ? 'Lesson' : 'Quiz'}: {item.title}
          </li>
        ))}
      </ul>
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
        Keep this link: you need it to collect the work.{' '}
        <a href={gradebookLink}>Open the gradebook for this assignment</a>
      </p>
    </section>
  );
});

export default Handout;
