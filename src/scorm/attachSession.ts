/**
 * The rest of the LMS adapter, loaded after the first page has rendered: it finds the package's
 * lessons and quizzes, starts reporting (lmsSession.ts) when the LMS is connected, shows the learner
 * the activity's status or that the LMS is not saving, and ends the session when the page goes.
 */
import globalData from '@generated/globalData';
import siteConfig from '@generated/docusaurus.config';
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import { courseOutline } from '@site/src/course/courseOutline';
import type { LmsRuntime } from './lmsRuntime';
import { startLmsSession, type LmsSession } from './lmsSession';
import { mountLmsStatus } from './LmsStatus/mount';
import { packageScope } from './packageScope';
import { browserProgressStore } from './scopedBrowserStore';

export interface AttachedSession {
  setLocation(path: string): void;
}

/** Starts reporting and the status view; never throws (the course goes on without the LMS). */
export function attachSession(runtime: LmsRuntime): AttachedSession {
  const store = browserProgressStore(siteConfig.baseUrl);
  const manifest = (globalData.course as { default: ClientManifest } | undefined)?.default;
  if (!store || !manifest) return { setLocation: () => {} };
  const scope = packageScope(courseOutline(manifest), runtime.descriptor.id, runtime.descriptor.title);
  const view = mountLmsStatus(document, { runtime, scope, store, quizzes: manifest.quizzes });
  const { connection } = runtime;
  if (!runtime.connected || !connection) {
    view.update({ kind: connection ? 'no-session' : 'no-lms', failure: connection?.failure() ?? null });
    return { setLocation: () => {} };
  }
  const session: LmsSession = startLmsSession({
    connection,
    store,
    scope,
    startedAt: runtime.startedAt,
    onStatus: (status) => view.update(status),
  });
  window.addEventListener('pagehide', () => session.end());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.commit();
  });
  return { setLocation: (path) => session.setLocation(path) };
}
