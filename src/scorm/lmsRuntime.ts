/**
 * The part of the LMS adapter that must run before the course renders (SCORM build only, from
 * clientModule.ts): read which package this is, find the LMS API, initialise once, learn who the
 * learner is (their progress is kept under their own key, see scopedBrowserStore.ts) and open the
 * page the learner left off at, or the package's first page. All synchronous, as SCORM calls are.
 */
import { CMI } from './cmiValues';
import { findLmsApi, type FrameLike } from './findApi';
import { createLmsConnection, type LmsConnection } from './lmsConnection';
import { type PackageDescriptor, readPackageDescriptor } from './packageDescriptor';

export interface LmsRuntime {
  descriptor: PackageDescriptor;
  /** null when no LMS API was found (the package opened outside an LMS). */
  connection: LmsConnection | null;
  /** True when Initialize succeeded: only then is anything sent. */
  connected: boolean;
  /** The LMS's id for the learner ('' when unknown). */
  learnerId: string;
  /** When the session started (Initialize), for the session time. */
  startedAt: number;
  /** True when the LMS says this is a return to a suspended session. */
  resumed: boolean;
  /** The suspend_data the LMS holds for this learner ('' when none). */
  suspendData: string;
}

let runtime: LmsRuntime | null = null;

/** The runtime started for this page, or null outside a SCORM package. */
export function currentLmsRuntime(): LmsRuntime | null {
  return runtime;
}

/** A bookmark is a route of the course: a path on it, never another site's address. */
export function isCoursePath(value: string): boolean {
  return /^\/(?!\/)[^\s#]*$/.test(value) && value.length <= 1000;
}

export interface RuntimeEnvironment {
  window: FrameLike & { location: Pick<Location, 'hash'>; history: Pick<History, 'replaceState'> };
  document: Pick<Document, 'querySelector'>;
  now?: () => number;
}

/** Starts the runtime once per page; null when the page is not a SCORM package. */
export function startLmsRuntime(env: RuntimeEnvironment): LmsRuntime | null {
  if (runtime) return runtime;
  const descriptor = readPackageDescriptor(env.document);
  if (!descriptor) return null;
  const api = findLmsApi(env.window, descriptor.version);
  const connection = api ? createLmsConnection(descriptor.version, api) : null;
  const startedAt = (env.now ?? Date.now)();
  const connected = connection?.initialize() ?? false;
  const names = CMI[descriptor.version];
  const read = (element: string) => (connected && connection ? connection.get(element) : '');
  const resumed = read(names.entry) === 'resume';
  const bookmark = read(names.location);
  runtime = {
    descriptor,
    connection,
    connected,
    learnerId: read(names.learnerId),
    startedAt,
    resumed,
    suspendData: read(names.suspendData),
  };
  // Before the router reads the address: a launch opens the bookmark, else the package's first page.
  const hash = env.window.location.hash;
  if (hash === '' || hash === '#' || hash === '#/') {
    const start = bookmark && isCoursePath(bookmark) ? bookmark : descriptor.start;
    env.window.history.replaceState(null, '', `#${start}`);
  }
  return runtime;
}

/** Forgets the runtime (tests only). */
export function resetLmsRuntimeForTests(): void {
  runtime = null;
}
