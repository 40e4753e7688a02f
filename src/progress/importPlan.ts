/**
 * What an import would do, and doing it: pure functions over a validated envelope. Items the
 * course no longer has are skipped with a reason; nothing is written here (the store does that,
 * and keeps an Undo).
 */
import { canonicalJson } from './canonical';
import { type CourseManifest, indexManifest, type ManifestIndex } from './manifest';
import { mergeEnvelopes } from './merge';
import type {
  Attempt,
  LessonRecord,
  ProgressEnvelope,
  QuestionRecord,
  ReviewRecord,
  StoredAttempt,
} from './schema';
import { nextClearedAt } from './updates';
import { countOf } from '../text/plural';

export type ImportMode = 'merge' | 'replace';
export type SkipReason = 'quiz no longer exists' | 'question no longer exists' | 'lesson no longer exists';

export interface SkippedItem {
  kind: 'answer' | 'attempt' | 'lesson' | 'review';
  id: string;
  reason: SkipReason;
}

/** `keptYours`: merge kept your newer copy; `removed`: replace drops an item the file lacks. */
export interface ItemCounts {
  added: number;
  updated: number;
  unchanged: number;
  keptYours: number;
  removed: number;
}

export interface ImportReport {
  mode: ImportMode;
  answers: ItemCounts;
  attempts: ItemCounts;
  /** Unfinished attempts on screen (answers given but not yet finished), one per quiz. */
  inProgress: ItemCounts;
  lessons: ItemCounts;
  /** Questions' review schedules (spaced review, /review). */
  reviews: ItemCounts;
  skipped: SkippedItem[];
  /** Plain words, e.g. "12 answers imported, 2 skipped: quiz no longer exists". */
  summary: string;
}

// Ids are unique site-wide, so a question the author moved to another quiz keeps its answer.
function keepWhatStillExists(incoming: ProgressEnvelope, index: ManifestIndex) {
  const skipped: SkippedItem[] = [];
  const questions: [string, QuestionRecord][] = [];
  for (const [id, record] of Object.entries(incoming.questions)) {
    const quizNow = index.questionQuiz.get(id);
    if (quizNow !== undefined) questions.push([id, { ...record, quizId: quizNow }]);
    else {
      const quizExists = index.quizIds.has(record.quizId);
      skipped.push({
        kind: 'answer',
        id,
        reason: quizExists ? 'question no longer exists' : 'quiz no longer exists',
      });
    }
  }
  const quizzes = Object.entries(incoming.quizzes).filter(([quizId, quiz]) => {
    if (index.quizIds.has(quizId)) return true;
    const reason = 'quiz no longer exists';
    for (const a of quiz.attempts) skipped.push({ kind: 'attempt', id: `${quizId}/${a.id}`, reason });
    return false;
  });
  const lessons = Object.entries(incoming.lessons).filter(([docId]) => {
    if (index.docIds.has(docId)) return true;
    skipped.push({ kind: 'lesson', id: docId, reason: 'lesson no longer exists' });
    return false;
  });
  const review = Object.entries(incoming.review).filter(([id]) => {
    if (index.questionQuiz.has(id)) return true;
    skipped.push({ kind: 'review', id, reason: 'question no longer exists' });
    return false;
  });
  const kept: ProgressEnvelope = {
    ...incoming,
    questions: Object.fromEntries(questions),
    quizzes: Object.fromEntries(quizzes),
    lessons: Object.fromEntries(lessons),
    review: Object.fromEntries(review),
  };
  return { kept, skipped };
}

const attemptsById = (e: ProgressEnvelope) =>
  new Map<string, Attempt>(
    Object.entries(e.quizzes).flatMap(([q, r]) => r.attempts.map((a) => [`${q}/${a.id}`, a] as const)),
  );
// The attempt on screen of each quiz, while unfinished (a finished one is in `attempts` already).
const inProgressByQuiz = (e: ProgressEnvelope) =>
  new Map<string, StoredAttempt>(
    Object.entries(e.quizzes).flatMap(([q, r]) =>
      r.current && r.current.finishedAt === undefined ? [[q, r.current] as const] : [],
    ),
  );
const entries = <T>(record: Readonly<Record<string, T>>) => new Map<string, T>(Object.entries(record));

function count(
  current: Map<string, unknown>,
  incoming: Map<string, unknown>,
  result: Map<string, unknown>,
): ItemCounts {
  const counts: ItemCounts = { added: 0, updated: 0, unchanged: 0, keptYours: 0, removed: 0 };
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  for (const [key, value] of incoming) {
    const mine = current.get(key);
    const now = result.get(key);
    if (mine === undefined) counts.added++;
    else if (same(mine, value)) counts.unchanged++;
    else if (same(now, mine)) counts.keptYours++;
    else counts.updated++;
  }
  for (const key of current.keys()) if (!result.has(key)) counts.removed++;
  return counts;
}

/** The report's one-line summary in plain words. */
export function summarizeImport(report: Omit<ImportReport, 'summary'>): string {
  const parts: string[] = [];
  for (const [word, c] of [
    ['answer', report.answers],
    ['attempt', report.attempts],
    ['unfinished attempt', report.inProgress],
    ['lesson', report.lessons],
    ['review schedule', report.reviews],
  ] as const) {
    if (c.added + c.updated > 0) parts.push(`${countOf(c.added + c.updated, word)} imported`);
    if (c.keptYours > 0) parts.push(`${countOf(c.keptYours, word)} kept (yours is newer)`);
    if (c.removed > 0) parts.push(`${countOf(c.removed, word)} removed`);
  }
  // A deleted question's answer and its review schedule are one thing to the learner: count it once.
  const skipped = new Map<string, SkippedItem>();
  for (const s of report.skipped) {
    const key = `${s.kind === 'review' ? 'answer' : s.kind}:${s.id}`;
    if (!skipped.has(key)) skipped.set(key, s);
  }
  const reasons = new Map<SkipReason, number>();
  for (const s of skipped.values()) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  if (parts.length === 0 && reasons.size === 0) {
    return 'Nothing new to import: your progress already has everything in this file';
  }
  if (parts.length === 0) parts.push('Nothing new to import');
  if (reasons.size === 1) parts.push(`${skipped.size} skipped: ${[...reasons.keys()][0]}`);
  if (reasons.size > 1) {
    const list = [...reasons].map(([reason, n]) => `${reason} (${n})`).join(', ');
    parts.push(`${skipped.size} skipped: ${list}`);
  }
  return parts.join(', ');
}

/** The envelope after importing `incoming`, and a per-item report; pure. */
export function applyImport(
  current: ProgressEnvelope,
  incoming: ProgressEnvelope,
  mode: ImportMode,
  manifest: CourseManifest,
  now: number,
): { envelope: ProgressEnvelope; report: ImportReport } {
  const { kept, skipped } = keepWhatStillExists(incoming, indexManifest(manifest));
  const lastExportAt = Math.max(current.lastExportAt ?? -1, kept.lastExportAt ?? -1);
  const envelope: ProgressEnvelope =
    mode === 'merge'
      ? // The file's own resets must not wipe this device: merge within this device's epoch.
        { ...mergeEnvelopes(current, { ...kept, clearedAt: current.clearedAt }), updatedAt: now }
      : { ...kept, updatedAt: now, clearedAt: nextClearedAt(current, now) };
  if (lastExportAt >= 0) envelope.lastExportAt = lastExportAt;
  const partial = {
    mode,
    answers: count(entries(current.questions), entries(kept.questions), entries(envelope.questions)),
    attempts: count(attemptsById(current), attemptsById(kept), attemptsById(envelope)),
    inProgress: count(inProgressByQuiz(current), inProgressByQuiz(kept), inProgressByQuiz(envelope)),
    lessons: count(
      entries<LessonRecord>(current.lessons),
      entries<LessonRecord>(kept.lessons),
      entries<LessonRecord>(envelope.lessons),
    ),
    reviews: count(
      entries<ReviewRecord>(current.review),
      entries<ReviewRecord>(kept.review),
      entries<ReviewRecord>(envelope.review),
    ),
    skipped,
  };
  return { envelope, report: { ...partial, summary: summarizeImport(partial) } };
}

/** What Merge and what Replace would each change, for the preview with Merge / Replace / Cancel. */
export function previewImport(
  current: ProgressEnvelope,
  incoming: ProgressEnvelope,
  manifest: CourseManifest,
  now = current.updatedAt,
): { merge: ImportReport; replace: ImportReport } {
  return {
    merge: applyImport(current, incoming, 'merge', manifest, now).report,
    replace: applyImport(current, incoming, 'replace', manifest, now).report,
  };
}
