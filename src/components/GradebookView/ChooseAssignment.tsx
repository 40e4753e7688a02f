import { useId, useState } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { decodeAssignment, payloadFromHash } from '@site/src/classroom/assignment';
import { payloadId, type TeacherData } from '@site/src/classroom/teacherData';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
  outline: CourseOutline;
  saved: TeacherData['assignments'];
  error: string;
  onOpen: (payload: string) => void;
}

/** The payload from a pasted assignment link (or a bare payload). */
const payloadOf = (text: string) => {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? (payloadFromHash(trimmed.slice(hash)) ?? '') : trimmed;
};

/** Step 1: one of the teacher's saved assignments, or a pasted link. */
export default function ChooseAssignment({ baseUrl, outline, saved, error, onOpen }: Props) {
  const id = useId();
  const [linkText, setLinkText] = useState('');
  const openable = saved.flatMap(({ payload }) => {
    const decoded = decodeAssignment(payload, outline);
    return decoded.ok ? [{ payload, title: decoded.assignment.title }] : [];
  });
  return (
    <section aria-labelledby={`${id}-choose`}>
      <h2 id={`${id}-choose`}>1. Which assignment?</h2>
      {openable.length > 0 && (
        <>
          <p>Your assignments in this browser:</p>
          <ul className={styles.choices}>
            {openable.map(({ payload, title }) => (
              <li key={payloadId(payload)}>
                <a href={`${baseUrl}teach/gradebook#assignment=${payload}`}>{title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {openable.length > 0 ? 'Or paste' : 'Paste'} the assignment link you made on the{' '}
        <a href={`${baseUrl}teach`}>Create an assignment</a> page.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onOpen(payloadOf(linkText));
        }}
      >
        <label htmlFor={`${id}-link`}>Assignment link</label>{' '}
        <input
          id={`${id}-link`}
          className={styles.wide}
          value={linkText}
          onChange={(e) => setLinkText(e.target.value)}
        />{' '}
        <button type="submit" className="button button--primary button--sm">
          Open the gradebook
        </button>
        <p role="alert">{error}</p>
      </form>
    </section>
  );
}
