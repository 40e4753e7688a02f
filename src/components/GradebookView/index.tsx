import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { downloadText } from '@site/src/components/download';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import {
  type Assignment,
  assignmentItems,
  decodeAssignment,
  payloadFromHash,
} from '@site/src/classroom/assignment';
import { gradebookCsv } from '@site/src/classroom/csv';
import { buildGradebook, type GradebookSource } from '@site/src/classroom/gradebook';
import GradebookInputs from './GradebookInputs';
import GradebookTable from './GradebookTable';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
}

/** The payload from a pasted assignment link (or a bare payload). */
const payloadOf = (text: string) => {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? (payloadFromHash(trimmed.slice(hash)) ?? '') : trimmed;
};

/** The gradebook: choose the assignment, add submissions, read the table, download the CSV. */
export default function GradebookView({ baseUrl }: Props) {
  const outline = useCourseOutline();
  const id = useId();
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  const [linkText, setLinkText] = useState('');
  const [linkError, setLinkError] = useState('');
  const [sources, setSources] = useState<GradebookSource[]>([]);

  const openLink = useCallback(
    (text: string) => {
      const decoded = decodeAssignment(payloadOf(text), outline);
      setLinkError(decoded.ok ? '' : decoded.reason);
      setAssignment(decoded.ok ? decoded.assignment : null);
    },
    [outline],
  );
  // The /teach page links here with the assignment in the fragment; read it after hydration.
  useEffect(() => {
    const load = () => {
      const payload = payloadFromHash(window.location.hash);
      if (payload !== null) openLink(payload);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [openLink]);

  const items = useMemo(
    () => (assignment ? assignmentItems(assignment, outline) : []),
    [assignment, outline],
  );
  const quizzes = items.filter((item) => item.kind === 'quiz');
  const gradebook = useMemo(
    () => (assignment ? buildGradebook(assignment, items, sources) : { rows: [], rejected: [] }),
    [assignment, items, sources],
  );

  if (!assignment) {
    return (
      <section aria-labelledby={`${id}-choose`}>
        <h2 id={`${id}-choose`}>1. Which assignment?</h2>
        <p>
          Paste the assignment link you made on the <a href={`${baseUrl}teach`}>Create an assignment</a> page.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            openLink(linkText);
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
          <p role="alert">{linkError}</p>
        </form>
      </section>
    );
  }

  const count = gradebook.rows.length;
  const bad = gradebook.rejected.length;
  const download = () => {
    const slug =
      assignment.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'assignment';
    downloadText(`gradebook-${slug}.csv`, gradebookCsv(gradebook, quizzes), 'text/csv');
  };
  return (
    <>
      <section aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`}>Assignment: {assignment.title}</h2>
        <p>
          {assignment.className && `Class: ${assignment.className}. `}
          {assignment.dueDate ? `Due ${assignment.dueDate}. ` : 'No due date. '}
          Pass mark: {assignment.passMark}% (the total is the average of the quizzes; a quiz not tried counts
          as 0).
        </p>
      </section>
      <section aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>Add submissions</h2>
        <GradebookInputs onAdd={(added) => setSources((current) => [...current, ...added])} />
      </section>
      <section aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`}>Results</h2>
        <p role="status">
          {count} {count === 1 ? 'student' : 'students'} loaded.
          {bad > 0 &&
            ` ${bad} ${bad === 1 ? 'file or code' : 'files or codes'} could not be read (listed below).`}
        </p>
        {bad > 0 && (
          <ul className={styles.rejected} aria-label="Files and codes that could not be read">
            {gradebook.rejected.map((entry, index) => (
              <li key={`${entry.label}-${index}`}>
                <strong>{entry.label}</strong>: {entry.reason}
              </li>
            ))}
          </ul>
        )}
        {count > 0 && (
          <>
            <GradebookTable
              caption={`Results for ${assignment.title}`}
              quizzes={quizzes}
              rows={gradebook.rows}
            />
            <div className={styles.actions}>
              <button type="button" className="button button--primary" onClick={download}>
                Download CSV for your LMS
              </button>
              <button type="button" className="button button--secondary" onClick={() => setSources([])}>
                Clear all submissions
              </button>
            </div>
          </>
        )}
      </section>
    </>
  );
}
