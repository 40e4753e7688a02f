import { type FormEvent, useId, useState } from 'react';
import { downloadText } from '@site/src/components/download';
import TeachCopyButton from '@site/src/components/TeachCopyButton';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { Assignment } from '@site/src/classroom/assignment';
import {
  buildSubmission,
  type Submission,
  submissionCode,
  submissionFile,
} from '@site/src/classroom/submission';
import { useProgress } from '@site/src/progress/useProgress';
import styles from './styles.module.css';

interface Props {
  assignment: Assignment;
  outline: CourseOutline;
  missing: readonly string[];
  now?: () => number;
}

/**
 * "Submit to my teacher": a name (kept only in the submission, never in progress), then the
 * submission as a file to download and as a code to paste. Allowed at any time; an incomplete
 * one says so, and a new one can be made after more work.
 */
export default function SubmitPanel({ assignment, outline, missing, now = Date.now }: Props) {
  const { progress } = useProgress();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [submission, setSubmission] = useState<Submission | null>(null);
  const make = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Type your name so your teacher knows whose work this is.');
      return;
    }
    setError('');
    setSubmission(buildSubmission(assignment, progress, outline, name, now()));
  };
  const code = submission ? submissionCode(submission) : '';
  return (
    <div className={styles.submit}>
      <form onSubmit={make} noValidate>
        <label htmlFor={`${id}-name`}>Your name</label>{' '}
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={100}
          autoComplete="name"
          aria-describedby={`${id}-name-note`}
          aria-invalid={error ? true : undefined}
        />{' '}
        <button type="submit" className="button button--primary button--sm">
          Make my submission
        </button>
        <p id={`${id}-name-note`} className={styles.note}>
          Your name goes only into the submission you send; this site does not keep it.
        </p>
        <p role="alert">{error}</p>
      </form>
      <div role="status">
        {submission && (
          <p>
            {missing.length === 0
              ? 'Your submission is ready and complete.'
              : `Your submission is ready but incomplete: ${missing.length} ${missing.length === 1 ? 'item is' : 'items are'} not done yet (${missing.join(', ')}). You can send it now, or finish and make a new one.`}
          </p>
        )}
      </div>
      {submission && (
        <>
          <p>Send it to your teacher in one of two ways:</p>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              const file = submissionFile(submission);
              downloadText(file.filename, file.text);
            }}
          >
            Download the submission file
          </button>
          <p>
            <label htmlFor={`${id}-code`}>
              Or copy this submission code into your class’s LMS or an e-mail:
            </label>
          </p>
          <textarea id={`${id}-code`} className={styles.code} readOnly value={code} rows={3} />
          <TeachCopyButton text={code} label="Copy the code" targetId={`${id}-code`} />
        </>
      )}
    </div>
  );
}
