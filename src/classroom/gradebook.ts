/**
 * The teacher's gradebook: many submissions in, one row per student out. Bad files or codes are
 * listed with their reason while the rest still load; a student who submitted twice keeps the
 * latest submission and is flagged. Totals average the assigned quizzes, a missing one counting 0.
 */
import type { Assignment, AssignmentItem } from './assignment';
import { parseSubmission, type Submission, type SubmissionProblem, type SubmittedAnswer } from './submission';

export interface GradebookSource {
  /** The file name, or "Code 2" for the second pasted code. */
  label: string;
  text: string;
  byteLength: number;
}

export interface GradebookRow {
  name: string;
  /** Best percentage per assigned quiz, in the assignment's order; null = never tried. */
  scores: (number | null)[];
  /** Average of the scores (missing = 0), rounded; null when the assignment has no quiz. */
  total: number | null;
  passed: boolean;
  late: boolean;
  complete: boolean;
  submittedAt: number;
  /** Titles of assigned items not done: quizzes never tried, lessons not complete. */
  missing: string[];
  /** How many earlier submissions under the same name were replaced by this one. */
  replaced: number;
  /** The latest answer to each assigned question (none in a version 1 submission). */
  answers: readonly SubmittedAnswer[];
}

export interface RejectedSource {
  label: string;
  problem: SubmissionProblem;
  reason: string;
}

export interface Gradebook {
  rows: GradebookRow[];
  rejected: RejectedSource[];
}

/** The same student however the name was typed: spacing and case do not matter. */
export const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function rowOf(
  submission: Submission,
  assignment: Assignment,
  items: readonly AssignmentItem[],
): GradebookRow {
  const titleOf = (kind: AssignmentItem['kind'], id: string) =>
    items.find((item) => item.kind === kind && item.id === id)?.title ?? id;
  const quizzes = new Map(submission.quizzes.map((quiz) => [quiz.quizId, quiz]));
  const lessons = new Map(submission.lessons.map((lesson) => [lesson.docId, lesson.complete]));
  const scores = assignment.quizzes.map((quizId) => {
    const quiz = quizzes.get(quizId);
    return quiz && quiz.attempts > 0 ? quiz.best : null;
  });
  const total = scores.length
    ? Math.round(scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) / scores.length)
    : null;
  const missing = [
    ...assignment.lessons.filter((docId) => lessons.get(docId) !== true).map((id) => titleOf('lesson', id)),
    ...assignment.quizzes.filter((_, index) => scores[index] === null).map((id) => titleOf('quiz', id)),
  ];
  return {
    name: submission.name.trim().replace(/\s+/g, ' '),
    scores,
    total,
    passed: total === null ? missing.length === 0 : total >= assignment.passMark,
    late: assignment.dueAt !== undefined && submission.submittedAt > assignment.dueAt,
    complete: missing.length === 0,
    submittedAt: submission.submittedAt,
    missing,
    replaced: 0,
    answers: submission.answers,
  };
}

/** Reads every source and builds the table, students in name order; never throws. */
export function buildGradebook(
  assignment: Assignment,
  items: readonly AssignmentItem[],
  sources: readonly GradebookSource[],
): Gradebook {
  const rejected: RejectedSource[] = [];
  // A Map, not an object: names are typed by students and could be "__proto__".
  const latest = new Map<string, { submission: Submission; count: number; checksums: Set<string> }>();
  for (const source of sources) {
    const parsed = parseSubmission(source.text, source.byteLength);
    if (!parsed.ok) {
      rejected.push({ label: source.label, problem: parsed.problem, reason: parsed.reason });
      continue;
    }
    const { submission } = parsed;
    if (submission.assignmentId !== assignment.id) {
      rejected.push({
        label: source.label,
        problem: 'wrong-assignment',
        reason: `This submission is for a different assignment ("${submission.assignmentTitle.slice(0, 60)}"), not this one.`,
      });
      continue;
    }
    const key = nameKey(submission.name);
    const seen = latest.get(key);
    // The same submission loaded twice (say as a file and as a code) is one submission, not two.
    if (seen?.checksums.has(submission.checksum)) continue;
    const newer = !seen || submission.submittedAt >= seen.submission.submittedAt;
    latest.set(key, {
      submission: newer ? submission : seen.submission,
      count: (seen?.count ?? 0) + 1,
      checksums: new Set([...(seen?.checksums ?? []), submission.checksum]),
    });
  }
  const rows = [...latest.values()].map(({ submission, count }) => ({
    ...rowOf(submission, assignment, items),
    replaced: count - 1,
  }));
  return { rows: sortRows(rows, 'name', 'ascending'), rejected };
}

export type SortKey = 'name' | 'total' | 'passed' | 'late' | 'submitted' | `quiz-${number}`;
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: GradebookRow, key: SortKey): string | number {
  if (key === 'name') return row.name.toLocaleLowerCase();
  if (key === 'total') return row.total ?? -1;
  if (key === 'passed') return Number(row.passed);
  if (key === 'late') return Number(row.late);
  if (key === 'submitted') return row.submittedAt;
  // A quiz never tried sorts below a score of 0.
  return row.scores[Number(key.slice(5))] ?? -1;
}

/** A sorted copy; ties keep name order so the table never jumps about. */
export function sortRows(
  rows: readonly GradebookRow[],
  key: SortKey,
  direction: SortDirection,
): GradebookRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'string' && typeof b === 'string' ? a.localeCompare(b) : Number(a) - Number(b);
  return [...rows].sort(
    (a, b) =>
      sign * compare(sortValue(a, key), sortValue(b, key)) ||
      compare(sortValue(a, 'name'), sortValue(b, 'name')),
  );
}
