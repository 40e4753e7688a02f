import type { TeacherSnapshot } from '@site/src/classroom/teacherStore';
import styles from './styles.module.css';

interface Props {
  snapshot: TeacherSnapshot;
  onExport: () => void;
}

/**
 * Says plainly when the teacher's data is not being kept as expected: storage blocked or full (kept
 * in memory for this visit only), or stored data that could not be read and was set aside.
 */
export default function TeacherDataNotice({ snapshot, onExport }: Props) {
  const memoryOnly = snapshot.health !== 'ok';
  if (!memoryOnly && !snapshot.setAsideKey) return null;
  return (
    <div className={styles.notice} role="alert">
      {memoryOnly && (
        <p>
          <strong>This browser is not saving your assignments and submissions</strong> (its storage is{' '}
          {snapshot.health === 'full' ? 'full' : 'blocked'}). They stay only until you close this page: export
          a copy to keep them.
        </p>
      )}
      {snapshot.setAsideKey && (
        <p>
          <strong>Your saved teacher data could not be read.</strong> It was set aside in this browser, not
          deleted; the lists below start empty.
        </p>
      )}
      {memoryOnly && (
        <button type="button" className="button button--primary button--sm" onClick={onExport}>
          Export a copy
        </button>
      )}
    </div>
  );
}
