/**
 * Fakes for the SCORM tests (only tests import this file): an LMS API object of either version that
 * keeps what it is sent and can refuse it, and a progress source the test changes by hand.
 */
import { emptyProgress, type ProgressEnvelope } from '@site/src/progress/schema';
import type { ScormVersion } from './packageDescriptor';
import type { ProgressSource } from './lmsSession';

export interface FakeLms {
  api: Record<string, (...args: string[]) => string>;
  values: Map<string, string>;
  /** Method names in call order (GetValue and GetLastError left out). */
  calls: string[];
  /** When true, every SetValue answers "false" with error 351. */
  refuseSets: boolean;
}

export function fakeLms(version: ScormVersion, initial: Record<string, string> = {}): FakeLms {
  const values = new Map(Object.entries(initial));
  const calls: string[] = [];
  let lastError = '0';
  const lms: FakeLms = { api: {}, values, calls, refuseSets: false };
  const ok = (name: string) => () => (calls.push(name), (lastError = '0'), 'true');
  const get = (element: string) => values.get(element) ?? '';
  const set = (element: string, value: string) => {
    calls.push(`set ${element}`);
    if (lms.refuseSets) return ((lastError = '351'), 'false');
    values.set(element, value);
    return 'true';
  };
  const errorString = (code: string) => (code === '351' ? 'General Set Failure' : 'No Error');
  lms.api =
    version === '1.2'
      ? {
          LMSInitialize: ok('initialize'),
          LMSFinish: ok('terminate'),
          LMSCommit: ok('commit'),
          LMSGetValue: get,
          LMSSetValue: set,
          LMSGetLastError: () => lastError,
          LMSGetErrorString: errorString,
        }
      : {
          Initialize: ok('initialize'),
          Terminate: ok('terminate'),
          Commit: ok('commit'),
          GetValue: get,
          SetValue: set,
          GetLastError: () => lastError,
          GetErrorString: errorString,
        };
  return lms;
}

/** A progress source whose snapshot the test replaces with `set`. */
export function fakeProgress(initial: ProgressEnvelope = emptyProgress(1)) {
  let state = initial;
  const listeners = new Set<() => void>();
  const source: ProgressSource & { set(next: ProgressEnvelope): void } = {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next) {
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
  return source;
}
