import TeachCopyButton from '@site/src/components/TeachCopyButton';
import { downloadText } from '@site/src/components/download';
import ClearTeacherData from '@site/src/components/TeacherData/ClearTeacherData';
import TeacherDataNotice from '@site/src/components/TeacherData/TeacherDataNotice';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { assignmentStartPath, assignmentUrl, decodeAssignment } from '@site/src/classroom/assignment';
import { formatDay, formatMoment } from '@site/src/classroom/dates';
import { payloadId, sourcesOf } from '@site/src/classroom/teacherData';
import type { TeacherSnapshot, TeacherStore } from '@site/src/classroom/teacherStore';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
  outline: CourseOutline;
  snapshot: TeacherSnapshot;
  store: TeacherStore | null;
}

/**
 * "Your assignments": every assignment made in this browser, newest first, with its link, its
 * gradebook and how many submissions it holds; export and clear for the whole list.
 */
export default function SavedAssignments({ baseUrl, outline, snapshot, store }: Props) {
  const exportCopy = () => {
    if (!store) return;
    const file = store.exportFile();
    downloadText(file.filename, file.text);
  };
  const { assignments } = snapshot.data;
  return (
    <section className={styles.saved} aria-labelledby="teach-saved-heading">
      <h2 id="teach-saved-heading">Your assignments</h2>
      <TeacherDataNotice snapshot={snapshot} onExport={exportCopy} />
      {assignments.length === 0 ? (
        <p>
          None yet. Each assignment you create is listed here, in this browser only, with its link and its
          gradebook.
        </p>
      ) : (
        <ul className={styles.savedList}>
          {assignments.map(({ payload, savedAt }) => {
            const id = payloadId(payload);
            const decoded = decodeAssignment(payload, outline);
            const count = sourcesOf(snapshot.data, id).length;
            const linkId = `teach-saved-link-${id}`;
            if (!decoded.ok) {
              return (
                <li key={id} className={styles.savedItem}>
                  <p>An assignment that no longer opens in this course ({decoded.reason})</p>
                  <button
                    type="button"
                    className="button button--secondary button--sm"
                    onClick={() => store?.removeAssignment(id)}
                  >
                    Remove it from this list
                  </button>
                </li>
              );
            }
            const { assignment } = decoded;
            const link = assignmentUrl(
              `${window.location.origin}${baseUrl}`,
              payload,
              assignmentStartPath(assignment, outline, baseUrl),
            );
            return (
              <li key={id} className={styles.savedItem}>
                <h3>{assignment.title}</h3>
                <p>
                  {assignment.className && `Class ${assignment.className} · `}
                  {assignment.dueDate ? `Due ${formatDay(assignment.dueDate)}` : 'No due date'} · Pass mark{' '}
                  {assignment.passMark}% · Created {formatMoment(savedAt)} · {count}{' '}
                  {count === 1 ? 'submission' : 'submissions'} loaded
                </p>
                <p className={styles.link} id={linkId}>
                  {link}
                </p>
                <div className={styles.actions}>
                  <a
                    className="button button--primary button--sm"
                    href={`${baseUrl}teach/gradebook#assignment=${payload}`}
                  >
                    Open its gradebook <span className="visually-hidden">({assignment.title})</span>
                  </a>
                  <TeachCopyButton
                    text={link}
                    label={`Copy the link to ${assignment.title}`}
                    targetId={linkId}
                  />
                  <button
                    type="button"
                    className="button button--secondary button--sm"
                    onClick={() => store?.removeAssignment(id)}
                  >
                    Remove <span className="visually-hidden">{assignment.title} and its submissions</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button--secondary" onClick={exportCopy} disabled={!store}>
          Export my assignments and submissions
        </button>
        <ClearTeacherData
          label="Clear my assignments and submissions"
          warning="This deletes every assignment and submission listed here from this browser. Export a copy first to keep them."
          onClear={() => store?.clearAll()}
        />
      </div>
    </section>
  );
}
