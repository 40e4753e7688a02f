/**
 * The rest of the LMS adapter, loaded after the first page has rendered: it finds the package's
 * lessons and quizzes, brings back the progress the LMS kept, starts reporting (lmsSession.ts) when
 * the LMS is connected, shows the learner the activity's status or that the LMS is not saving, and
 * ends the session when the page goes.
 */
import globalData from '@generated/globalData';
import siteConfig from '@generated/docusaurus.config';
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import { courseOutline } from '@site/src/course/courseOutline';
import { getOwn } from '@site/src/progress/schema';
import type { LmsRuntime } from './lmsRuntime';
import { startLmsSession } from './lmsSession';
import { mountLmsStatus } from './LmsStatus/mount';
import { packageScope } from './packageScope';
import { restoreProgress } from './restoreProgress';
import { browserProgressStore } from './scopedBrowserStore';
import { suspendLayout } from './suspendLayout';

export interface AttachedSession {
  setLocation(path: string): void;
}

const detached: AttachedSession = { setLocation: () => {} };

/** Starts reporting and the status view; the course goes on without the LMS whatever happens. */
export function attachSession(runtime: LmsRuntime): AttachedSession {
  const store = browserProgressStore(siteConfig.baseUrl);
  const manifest = (globalData.course as { default: ClientManifest } | undefined)?.default;
  if (!store || !manifest) return detached;
  const outline = courseOutline(manifest);
  const scope = packageScope(outline, runtime.descriptor.id, runtime.descriptor.title);
  const layout = suspendLayout(scope, outline.quizzes);
  // Before the session starts, so restored answers are not reported again as new ones.
  const restored = restoreProgress(runtime.suspendData, layout, store, outline);
  const view = mountLmsStatus(document, {
    runtime,
    scope,
    store,
    quizzes: manifest.quizzes,
    unreadableSave: restored === 'unreadable',
  });
  const { connection } = runtime;
  if (!runtime.connected || !connection) {
    view.update({ kind: connection ? 'no-session' : 'no-lms', failure: connection?.failure() ?? null });
    return detached;
  }
  const session = startLmsSession({
    connection,
    store,
    scope,
    layout,
    lessonOf: (quizId) => getOwn(outline.quizzes, quizId)?.lessonDocId,
    startedAt: runtime.startedAt,
    onStatus: (status) => view.update(status),
  });
  window.addEventListener('pagehide', () => session.end());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.commit();
  });
  return { setLocation: (path) => session.setLocation(path) };
}
