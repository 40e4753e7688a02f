/**
 * Read-only helpers the views need, derived from the envelope on demand so nothing is stored twice
 * (best score, passed and "lesson complete" are computed, never saved).
 */
import type { LessonEntry, LessonList } from './manifest';
import { type Attempt, getOwn, type ProgressEnvelope, type QuestionRecord } from './schema';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A quiz's attempts, oldest first (empty when never tried). */
export function attemptsOf(progress: ProgressEnvelope, quizId: string): readonly Attempt[] {
  return getOwn(progress.quizzes, quizId)?.attempts ?? [];
}

/** The best percentage over a quiz's attempts, or null when never tried. */
export function bestScore(progress: ProgressEnvelope, quizId: string): number | null {
  const attempts = attemptsOf(progress, quizId);
  return attempts.length ? Math.max(...attempts.map((a) => a.percent)) : null;
}

/** True once any attempt at the quiz passed. */
export function hasPassed(progress: ProgressEnvelope, quizId: string): boolean {
  return attemptsOf(progress, quizId).some((a) => a.passed);
}

/** The latest answer to a question, if any. */
export function answerOf(progress: ProgressEnvelope, questionId: string): QuestionRecord | undefined {
  return getOwn(progress.questions, questionId);
}

/** Complete = every quiz of the lesson passed; a lesson without a quiz needs "Mark as done". */
export function isLessonComplete(progress: ProgressEnvelope, lesson: LessonEntry): boolean {
  if (lesson.quizIds.length > 0) return lesson.quizIds.every((quizId) => hasPassed(progress, quizId));
  return getOwn(progress.lessons, lesson.docId)?.markedDone === true;
}

/** True when the learner has opened the lesson. */
export function isLessonVisited(progress: ProgressEnvelope, docId: string): boolean {
  return getOwn(progress.lessons, docId)?.visitedAt !== undefined;
}

/** Whole-number percentage of the course's lessons that are complete (0 for an empty list). */
export function overallPercent(progress: ProgressEnvelope, manifest: LessonList): number {
  const total = manifest.lessons.length;
  if (total === 0) return 0;
  const done = manifest.lessons.filter((lesson) => isLessonComplete(progress, lesson)).length;
  return Math.round((done / total) * 100);
}

export interface MissedQuestion {
  questionId: string;
  quizId: string;
  fraction: number;
  answeredAt: number;
}

/**
 * Questions whose latest answer is not fully right, lowest credit first, then most recent.
 * (Only the latest answer per question is kept, so "missed" means "missed last time".)
 */
export function mostMissedQuestions(progress: ProgressEnvelope, limit = 5): MissedQuestion[] {
  return Object.entries(progress.questions)
    .filter(([, q]) => !q.correct)
    .map(([questionId, q]) => ({
      questionId,
      quizId: q.quizId,
      fraction: q.fraction,
      answeredAt: q.answeredAt,
    }))
    .sort((a, b) => a.fraction - b.fraction || b.answeredAt - a.answeredAt)
    .slice(0, Math.max(0, limit));
}

/** True when the last export is more than 7 days old, or there has never been one. */
export function exportReminderDue(lastExportAt: number | undefined, now: number): boolean {
  return lastExportAt === undefined || now - lastExportAt > WEEK_MS;
}

/** True when the question changed since it was answered (an unknown hash counts as changed). */
export function hashChanged(record: Pick<QuestionRecord, 'hash'>, currentHash: string): boolean {
  return record.hash === '' || record.hash !== currentHash;
}
