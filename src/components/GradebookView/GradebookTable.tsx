import { useState } from 'react';
import type { AssignmentItem } from '@site/src/classroom/assignment';
import { formatMoment } from '@site/src/classroom/dates';
import { type GradebookRow, type SortDirection, type SortKey, sortRows } from '@site/src/classroom/gradebook';
import styles from './styles.module.css';

interface Props {
  caption: string;
  quizzes: readonly AssignmentItem[];
  rows: readonly GradebookRow[];
}

const percent = (value: number | null) => (value === null ? 'Not tried' : `${Math.round(value)}%`);

/**
 * Students × quizzes. Column headers are buttons that sort, and the sorted column carries
 * aria-sort (WAI-ARIA APG sortable table); every flag is a word, not a colour.
 */
export default function GradebookTable({ caption, quizzes, rows }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const sorted = sortRows(rows, sort.key, sort.direction);
  const header = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
      <button
        type="button"
        className={styles.sort}
        onClick={() =>
          setSort({
            key,
            direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
          })
        }
      >
        {label}
        <span aria-hidden="true">
          {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
  return (
    <div className={styles.scroll}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'Student')}
            {quizzes.map((quiz, index) => header(`quiz-${index}`, quiz.title))}
            {header('total', 'Total')}
            {header('passed', 'Passed')}
            {header('late', 'Late')}
            {header('submitted', 'Submitted')}
            <th scope="col">Missing</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.name.toLowerCase()}>
              <th scope="row">{row.name}</th>
              {row.scores.map((score, index) => (
                <td key={quizzes[index]?.id ?? index}>{percent(score)}</td>
              ))}
              <td>{row.total === null ? 'None' : `${row.total}%`}</td>
              <td>{row.passed ? 'Yes' : 'No'}</td>
              <td>{row.late ? 'Late' : 'On time'}</td>
              <td>{formatMoment(row.submittedAt)}</td>
              <td>{row.missing.length ? row.missing.join(', ') : 'Nothing'}</td>
              <td>{row.replaced > 0 ? `Submitted ${row.replaced + 1} times: the latest is kept` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
