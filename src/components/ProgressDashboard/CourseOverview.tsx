import { useId } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { courseTotals, plural, unitRows } from './dashboardData';
import styles from './styles.module.css';

interface Props {
  progress: ProgressEnvelope;
  outline: CourseOutline;
}

/** Overall and per-unit completion, each as text and as a native <progress> named by its label. */
export function CourseOverview({ progress, outline }: Props) {
  const id = useId();
  const totals = courseTotals(progress, outline);
  const units = unitRows(progress, outline);
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section}>
      <h2 id={`${id}-heading`}>Course progress</h2>
      <p id={`${id}-overall`} className={styles.overall}>
        Overall: {totals.percent}% complete
      </p>
      <progress
        className={styles.bar}
        aria-labelledby={`${id}-overall`}
        aria-describedby={`${id}-overall-detail`}
        max={100}
        value={totals.percent}
      />
      <p id={`${id}-overall-detail`}>
        {totals.complete} of {plural(totals.total, 'lesson')} complete; {totals.right} of{' '}
        {plural(totals.questions, 'question')} right. A lesson is complete when you pass its quiz. Until then
        it counts by the share of its questions your latest answers got right, and the course reaches 100%
        only when every lesson is complete.
      </p>
      <ul className={styles.units}>
        {units.map((unit) => (
          <li key={unit.id} className={styles.unit}>
            <span id={`${id}-${unit.id}`} className={styles.unitLabel}>
              {unit.label}
            </span>
            <progress
              className={styles.bar}
              aria-labelledby={`${id}-${unit.id}`}
              max={unit.total}
              value={unit.complete}
            />
            <span>
              {unit.complete} of {plural(unit.total, 'lesson')} complete · {unit.right} of{' '}
              {plural(unit.questions, 'question')} right
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
