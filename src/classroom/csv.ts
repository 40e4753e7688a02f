/**
 * CSV for LMS gradebooks (Canvas, Moodle, Google Sheets for Classroom): RFC 4180 quoting with CRLF
 * line ends, and cells that a spreadsheet would run as a formula neutralised with a leading
 * apostrophe (OWASP CSV injection; ASVS 5 V1.2.10), because student names are typed by students.
 */
import type { AssignmentItem } from './assignment';
import { isoMoment } from './dates';
import type { Gradebook } from './gradebook';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts prefixed with ', then quoted when it holds a comma, quote, CR or LF. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers we produce are plain percentages; only text can carry a formula (and "-5" never occurs).
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: CRLF after every record, including the last (RFC 4180 §2). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/**
 * The gradebook as CSV: Student, one column per quiz (percentage, or "not tried"), Total, Passed,
 * Late, Missing (the items not done, or "nothing") and Submitted (ISO 8601, UTC). No cell is left
 * blank, so a blank can only mean a cell the teacher emptied.
 */
export function gradebookCsv(gradebook: Gradebook, quizzes: readonly AssignmentItem[]): string {
  const header = [
    'Student',
    ...quizzes.map((quiz) => quiz.title),
    'Total',
    'Passed',
    'Late',
    'Missing',
    'Submitted',
  ];
  const rows = gradebook.rows.map((row) => [
    row.name,
    ...row.scores.map((score) => (score === null ? 'not tried' : Math.round(score))),
    row.total ?? 'no quiz',
    row.passed ? 'yes' : 'no',
    row.late ? 'yes' : 'no',
    row.missing.length ? row.missing.join('; ') : 'nothing',
    isoMoment(row.submittedAt),
  ]);
  return toCsv([header, ...rows]);
}
