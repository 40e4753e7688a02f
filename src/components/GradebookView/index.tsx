import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { downloadText } from '@site/src/components/download';
import ClearTeacherData from '@site/src/components/TeacherData/ClearTeacherData';
import TeacherDataNotice from '@site/src/components/TeacherData/TeacherDataNotice';
import { useTeacherStore } from '@site/src/components/TeacherData/useTeacherStore';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import {
  type Assignment,
  assignedQuizItems,
  assignmentItems,
  decodeAssignment,
  payloadFromHash,
} from '@site/src/classroom/assignment';
import { gradebookCsv } from '@site/src/classroom/csv';
import { formatDay } from '@site/src/classroom/dates';
import { buildGradebook, type GradebookSource } from '@site/src/classroom/gradebook';
import { type GradebookQuestions, itemAnalysis } from '@site/src/classroom/itemAnalysis';
import { sourcesOf } from '@site/src/classroom/teacherData';
import type { TeacherStore } from '@site/src/classroom/teacherStore';
import ChooseAssignment from './ChooseAssignment';
import GradebookInputs from './GradebookInputs';
import GradebookTable from './GradebookTable';
import ItemAnalysisTables from './ItemAnalysisTables';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
  /** Every quiz's questions (the gradebook route's data module), for the item analysis. */
  questions: GradebookQuestions;
  /** Tests pass their own teacher store. */
  store?: TeacherStore;
}

/**
 * The gradebook: choose the assignment, add submissions (kept in this browser with the assignment),
 * read the table and what the class missed, download the CSV.
 */
export default function GradebookView({ baseUrl, questions, store: givenStore }: Props) {
  const outline = useCourseOutline();
  const { snapshot, store } = useTeacherStore(baseUrl, givenStore);
  const id = useId();
  const [opened, setOpened] = useState<{ assignment: Assignment; payload: string } | null>(null);
  const [linkError, setLinkError] = useState('');

  const openLink = useCallback(
    (payload: string) => {
      const decoded = decodeAssignment(payload, outline);
      setLinkError(
        decoded.ok
          ? ''
          : decoded.problem === 'damaged'
            ? 'This assignment link is damaged or was edited: part of it is missing or changed. Copy it again from “Your assignments” on the Create an assignment page, or from where you shared it.'
            : decoded.reason,
      );
      setOpened(decoded.ok ? { assignment: decoded.assignment, payload: decoded.payload } : null);
      // The teacher's list gains every assignment graded here, made in this browser or not.
      if (decoded.ok) store?.saveAssignment(decoded.payload);
    },
    [outline, store],
  );
  // /teach links here with the assignment in the fragment; read it after hydration.
  useEffect(() => {
    const load = () => {
      const payload = payloadFromHash(window.location.hash);
      if (payload !== null) openLink(payload);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [openLink]);

  const assignment = opened?.assignment ?? null;
  const sources: readonly GradebookSource[] = useMemo(
    () => (assignment ? sourcesOf(snapshot.data, assignment.id) : []),
    [assignment, snapshot.data],
  );
  const items = useMemo(
    () => (assignment ? assignmentItems(assignment, outline) : []),
    [assignment, outline],
  );
  const quizzes = useMemo(
    () => (assignment ? assignedQuizItems(assignment, outline) : []),
    [assignment, outline],
  );
  const gradebook = useMemo(
    () => (assignment ? buildGradebook(assignment, items, sources) : { rows: [], rejected: [] }),
    [assignment, items, sources],
  );
  const results = useMemo(
    () => itemAnalysis(assignment?.quizzes ?? [], questions, gradebook.rows),
    [assignment, questions, gradebook.rows],
  );
  const exportCopy = () => {
    if (!store) return;
    const file = store.exportFile();
    downloadText(file.filename, file.text);
  };

  if (!assignment) {
    return (
      <ChooseAssignment
        baseUrl={baseUrl}
        outline={outline}
        saved={snapshot.data.assignments}
        error={linkError}
        onOpen={openLink}
      />
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
          {assignment.dueDate ? `Due ${formatDay(assignment.dueDate)}. ` : 'No due date. '}
          Pass mark: {assignment.passMark}% (the same in every assigned quiz; the total is the average of the
          quizzes, and a quiz not tried counts as 0).
        </p>
        <TeacherDataNotice snapshot={snapshot} onExport={exportCopy} />
      </section>
      <section aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>Add submissions</h2>
        <GradebookInputs onAdd={(added) => store?.addSources(assignment.id, added)} />
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
          <GradebookTable
            caption={`Results for ${assignment.title}`}
            quizzes={quizzes}
            rows={gradebook.rows}
          />
        )}
        {sources.length > 0 && (
          <div className={styles.actions}>
            {count > 0 && (
              <button type="button" className="button button--primary" onClick={download}>
                Download CSV for your LMS
              </button>
            )}
            <ClearTeacherData
              label="Clear all submissions"
              warning={`This deletes the ${sources.length} submission files and codes loaded for this assignment from this browser.`}
              onClear={() => store?.clearSources(assignment.id)}
            />
          </div>
        )}
      </section>
      {count > 0 && (
        <section aria-labelledby={`${id}-items`}>
          <h2 id={`${id}-items`}>What the class missed</h2>
          <p>
            Each question’s latest answer from every student: how many got it right, the wrong answer given
            most often, and the lesson section to go over. Submissions made before this feature carry no
            answers.
          </p>
          <ItemAnalysisTables quizzes={quizzes} results={results} students={count} />
        </section>
      )}
    </>
  );
}
