import { useId, useMemo } from 'react';
import { progressManifest } from '@site/src/course/courseOutline';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import { useProgress } from '@site/src/progress/useProgress';
import { useHydrated } from '../useHydrated';
import { Link } from '../docusaurusClient';
import { CompletionSection } from './CompletionSection';
import { CourseOverview } from './CourseOverview';
import { hasProgress as anyProgress } from './dashboardData';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { ContinueLink, MissedQuestions } from './MissedQuestions';
import { QuizTable } from './QuizTable';
import { ResetSection } from './ResetSection';
import { StorageStatus } from './StorageStatus';
import styles from './styles.module.css';
import { useExport } from './useExport';
import { useImport } from './useImport';

interface Props {
  /** The clock for the export reminder and the export file's date (tests pass a fixed one). */
  now?: () => number;
}

/**
 * The learner's progress page: storage status, completion and certificate, quiz results, missed questions, and
 * export, import and reset. The server HTML is the "no progress yet" state; real progress appears
 * after hydration (useProgress), so nothing here reads storage while rendering.
 */
export default function ProgressDashboard({ now = Date.now }: Props) {
  const { progress, status, store } = useProgress();
  const outline = useCourseOutline();
  const manifest = useMemo(() => progressManifest(outline), [outline]);
  const hydrated = useHydrated();
  const started = anyProgress(progress);
  const { exported, exportNow, downloadBackup } = useExport(store, now);
  const importFlow = useImport(store, manifest, now);
  const moveId = useId();
  return (
    <div className={styles.dashboard}>
      <p>
        Your answers and quiz results are kept in this browser only: there is no account and nothing is sent
        to a server. To move them to another device, export a copy and import it there.
      </p>
      {!started && (
        <p className={styles.empty}>
          No progress yet. Answer the questions in a lesson and your results appear here. Begin with{' '}
          <Link to="/docs/start-here">Start here</Link>.
        </p>
      )}
      <StorageStatus
        status={status}
        known={hydrated && store !== null}
        onExport={exportNow}
        onDownloadBackup={downloadBackup}
      />
      <ContinueLink progress={progress} />
      <CourseOverview progress={progress} outline={outline} />
      <CompletionSection progress={progress} outline={outline} />
      <QuizTable progress={progress} outline={outline} />
      <MissedQuestions progress={progress} outline={outline} />
      <section aria-labelledby={moveId} className={styles.section}>
        <h2 id={moveId}>Save or move your progress</h2>
        <ExportSection
          lastExportAt={progress.lastExportAt}
          hasProgress={started}
          now={now}
          exported={exported}
          onExport={exportNow}
        />
        <ImportSection flow={importFlow} />
      </section>
      <ResetSection store={store} hasProgress={started} />
    </div>
  );
}
