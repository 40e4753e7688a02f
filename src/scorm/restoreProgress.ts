/**
 * Brings the progress the LMS kept (suspend_data) into the learner's progress store, as an import
 * that merges: whatever is newer, this browser's or the LMS's, wins per answer and per attempt, so
 * nothing either side holds is lost (src/progress/merge.ts).
 */
import { type CourseOutline, progressManifest } from '@site/src/course/courseOutline';
import type { ProgressStore } from '@site/src/progress/store';
import { decodeSuspendData } from './suspendData';
import type { SuspendLayout } from './suspendLayout';

/** `restored`, `nothing` (no saved data) or `unreadable` (data this course cannot read: left alone). */
export type RestoreResult = 'restored' | 'nothing' | 'unreadable';

export function restoreProgress(
  suspendData: string,
  layout: SuspendLayout,
  store: Pick<ProgressStore, 'importProgress'>,
  outline: CourseOutline,
): RestoreResult {
  if (suspendData === '') return 'nothing';
  const saved = decodeSuspendData(suspendData, layout);
  if (!saved) return 'unreadable';
  try {
    store.importProgress(saved, 'merge', progressManifest(outline));
    return 'restored';
  } catch {
    return 'unreadable';
  }
}
