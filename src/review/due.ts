/**
 * Which questions are due for review, as plain data: the navbar and the home page count them on
 * every page, so this never loads the scheduler. Only questions of the course as it is now count:
 * a deleted question's schedule stays saved (it is not ours to delete) but is never shown.
 */
import { getOwn, type ReviewRecord } from '../progress/schema';

/** A question of the course as the manifest has it now. */
export interface CourseQuestion {
  questionId: string;
  quizId: string;
  /** The content hash of the question as it is now. */
  hash: string;
  /** The lesson that holds it: its title and its address (base URL included). */
  lessonTitle: string;
  permalink: string;
}

/** Course questions by id, in course order (Map keeps insertion order). */
export type CourseQuestions = ReadonlyMap<string, CourseQuestion>;

type Schedules = Readonly<Record<string, ReviewRecord>>;

/** Due when its date has come, or at once when the question changed since it was scheduled (it starts again). */
export function isDue(record: ReviewRecord, hashNow: string, now: number): boolean {
  return record.hash !== hashNow || record.due <= now;
}

export interface DueQuestion extends CourseQuestion {
  record: ReviewRecord;
  /** The question changed since it was last graded: its schedule starts again. */
  changed: boolean;
}

/** The questions due now, the longest overdue first (changed questions count as due now). */
export function dueQuestions(review: Schedules, course: CourseQuestions, now: number): DueQuestion[] {
  const due: DueQuestion[] = [];
  for (const question of course.values()) {
    const record = getOwn(review, question.questionId);
    if (record && isDue(record, question.hash, now)) {
      due.push({ ...question, record, changed: record.hash !== question.hash });
    }
  }
  const when = (q: DueQuestion) => (q.changed ? now : q.record.due);
  return due.sort((a, b) => when(a) - when(b));
}

/** How many questions are due now: what "N to review" says. */
export function dueCount(review: Schedules, course: CourseQuestions, now: number): number {
  let count = 0;
  for (const question of course.values()) {
    const record = getOwn(review, question.questionId);
    if (record && isDue(record, question.hash, now)) count++;
  }
  return count;
}

/** When the next question falls due after `now`, or null when nothing of the course is scheduled. */
export function nextDueAt(review: Schedules, course: CourseQuestions, now: number): number | null {
  let next: number | null = null;
  for (const question of course.values()) {
    const record = getOwn(review, question.questionId);
    if (!record || isDue(record, question.hash, now)) continue;
    if (next === null || record.due < next) next = record.due;
  }
  return next;
}

/** How many course questions are in review at all (scheduled, due or not). */
export function scheduledCount(review: Schedules, course: CourseQuestions): number {
  let count = 0;
  for (const id of course.keys()) if (getOwn(review, id)) count++;
  return count;
}
