/**
 * The progress store of the SCORM build (plugins/scorm/index.ts answers src/theme/Root's import of
 * src/progress/browserStore with this module): the very same store, under a storage key that also
 * names the package and the LMS's learner. On a classroom computer where learners take turns in one
 * browser, each then finds only their own answers, and two packages of the course on one LMS do not
 * mix their records.
 */
import { browserProgressStore as siteProgressStore } from '../progress/browserStore';
import type { ProgressStore } from '../progress/store';
import { currentLmsRuntime, type LmsRuntime } from './lmsRuntime';

/** The base the storage key is made from: the site's, then the package and the learner. */
export function scopedBase(baseUrl: string, runtime: LmsRuntime | null): string {
  if (!runtime) return baseUrl;
  const learner = runtime.learnerId ? encodeURIComponent(runtime.learnerId) : 'no-learner';
  return `${baseUrl}scorm/${runtime.descriptor.id}/${learner}/`;
}

/** Same contract as src/progress/browserStore's function of the same name. */
export function browserProgressStore(baseUrl: string): ProgressStore | null {
  return siteProgressStore(scopedBase(baseUrl, currentLmsRuntime()));
}
