import { useId } from 'react';
import clsx from 'clsx';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { Link } from '../docusaurusClient';
import { formatDay, quizRows, type QuizRow } from './dashboardData';
import styles from './styles.module.css';

interface Props {
  progress: ProgressEnvelope;
  outline: CourseOutline;
}

/**
 * One row per quiz: lesson link, questions answered, best score, attempts, latest attempt, passed.
 * On a narrow screen the same figures come as one card per quiz instead (CSS shows one or the
 * other, so a screen reader meets only the one on screen), so nothing hides off to the side.
 */
export function QuizTable({ progress, outline }: Props) {
  const id = useId();
  const rows = quizRows(progress, outline);
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section}>
      <h2 id={`${id}-heading`}>Quiz results</h2>
      {/* A focusable, named region so keyboard users can scroll the table on narrow screens (WCAG 2.1.1;
          axe scrollable-region-focusable). */}
      <div
        className={clsx(styles.tableWrap, styles.wideOnly)}
        role="region"
        aria-labelledby={`${id}-caption`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container must take focus
        tabIndex={0}
      >
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
                <td>{latestAnswers(row)}</td>
                <td>{bestText(row)}</td>
                <td>{row.attempts}</td>
                <td>
                  <LatestAttempt at={row.latestAttemptAt} />
                </td>
                <td>{row.passed ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={clsx(styles.cards, styles.narrowOnly)} aria-label="Your results for each quiz">
        {rows.map((row) => (
          <li key={row.quizId} className={styles.card}>
            <h3>
              <Link to={row.permalink}>{row.title}</Link>
            </h3>
            <dl className={styles.cardFigures}>
              <dt>Passed</dt>
              <dd>
                <strong>{row.passed ? 'Yes' : 'No'}</strong>
              </dd>
              <dt>Your latest answers</dt>
              <dd>
                <strong>{latestAnswers(row)}</strong>
              </dd>
              <dt>Best score</dt>
              <dd>
                <strong>{bestText(row)}</strong>
              </dd>
              <dt>Attempts</dt>
              <dd>
                <strong>{row.attempts}</strong>
              </dd>
              <dt>Latest attempt</dt>
              <dd>
                <strong>
                  <LatestAttempt at={row.latestAttemptAt} />
                </strong>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

const latestAnswers = (row: QuizRow) =>
  `${row.right} of ${row.questionCount} right${row.answered > row.right ? ` (${row.answered} answered)` : ''}`;

const bestText = (row: QuizRow) => (row.best === null ? 'Not tried' : `${Math.round(row.best)}%`);

function LatestAttempt({ at }: { at: number | null }) {
  if (at === null) return 'Never';
  return <time dateTime={new Date(at).toISOString()}>{formatDay(at)}</time>;
}
