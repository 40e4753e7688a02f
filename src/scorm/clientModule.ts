/**
 * The LMS adapter's entry (a client module of the SCORM build only; the normal site never loads it).
 * At load, before the course renders, it finds the LMS and starts the session (lmsRuntime.ts); after
 * the first page has rendered it loads the rest of the adapter, which reports progress and shows the
 * learner whether the LMS is saving (attachSession.ts).
 */
import type { ClientModule } from '@docusaurus/types';
import { handleInPageAnchors } from './inPageAnchors';
import { startLmsRuntime } from './lmsRuntime';

const runtime = typeof window === 'undefined' ? null : startLmsRuntime({ window, document });
if (typeof document !== 'undefined') handleInPageAnchors(document);

let attached: Promise<{ setLocation(path: string): void }> | null = null;

const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    if (!runtime) return;
    attached ??= import('./attachSession').then((module) => module.attachSession(runtime));
    void attached.then((session) => session.setLocation(location.pathname));
  },
};

export const { onRouteDidUpdate } = clientModule;
