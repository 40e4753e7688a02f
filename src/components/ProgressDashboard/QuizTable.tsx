import { useId } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { Link } from '../docusaurusClient';
import { formatDay, quizRows } from './dashboardData';
import styles from './styles.module.css';

interface Props {
  progress: ProgressEnvelope;
  outline: CourseOutline;
}

/** One row per quiz: lesson link, questions answered, best score, attempts, latest attempt, passed. */
export function QuizTable({ progress, outline }: Props) {
  const id = useId();
  const rows = quizRows(progress, outline);
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section}>
      <h2 id={`${id}-heading`}>Quiz results</h2>
      {/* A focusable, named region so keyboard users can scroll the table on narrow screens (WCAG 2.1.1;
          axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container must take focus */}
      <div className={styles.tableWrap} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className={styles.table}>
          <caption id={`${id}-caption`}>Your results for each quiz</caption>
          <thead>
            <tr>
              <th scope="col">Quiz</th>
              <th scope="col">Your latest answers</th>
              <th scope="col">Best score</th>
              <th scope="col">Attempts</th>
              <th scope="col">Latest attempt</th>
              <th scope="col">Passed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.quizId}>
                <th scope="row">
                  <Link to={row.permalink}>{row.title}</Link>
                </th>
                <td>
                  {row.right} of {row.questionCount} right
                  {row.answered > row.right ? ` (${row.answered} answered)` : ''}
                </td>
                <td>{row.best === null ? 'Not tried' : `${Math.round(row.best)}%`}</td>
                <td>{row.attempts}</td>
                <td>
                  {row.latestAttemptAt === null ? (
                    'Never'
                  ) : (
                    <time dateTime={new Date(row.latestAttemptAt).toISOString()}>
                      {formatDay(row.latestAttemptAt)}
                    </time>
                  )}
                </td>
                <td>{row.passed ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
