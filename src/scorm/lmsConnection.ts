/**
 * One interface over the SCORM 1.2 and 2004 API objects. Every call is guarded: an LMS method that
 * is missing, throws, or answers "false" becomes a recorded failure, never an exception, so a broken
 * LMS can never break a quiz. The connection keeps the first failure since the last good commit, for
 * the notice that tells the learner the LMS is not saving. Reading a value never counts as a failure:
 * SCORM 2004 answers an element not yet set with an error, by design.
 */
import type { ScormVersion } from './packageDescriptor';

export interface LmsFailure {
  /** The LMS call that failed, e.g. `SetValue cmi.score.raw`. */
  call: string;
  /** The LMS's error code ("0" when it gave none) and its words for it, if any. */
  code: string;
  message: string;
}

export interface LmsConnection {
  readonly version: ScormVersion;
  initialize(): boolean;
  /** The element's value, or '' when the LMS does not give it. */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** Ends the session; later calls fail without reaching the LMS. */
  terminate(): boolean;
  /** The first failure since the last `clearFailure()` (or the start), or null when all is well. */
  failure(): LmsFailure | null;
  clearFailure(): void;
}

const METHODS = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
  },
} as const;

type Method = keyof (typeof METHODS)['1.2'];

/** Wraps the API object the discovery found. */
export function createLmsConnection(version: ScormVersion, api: object): LmsConnection {
  const names = METHODS[version];
  const methods = api as Record<string, unknown>;
  let problem: LmsFailure | null = null;
  let ended = false;

  function call(
    method: Method,
    ...args: string[]
  ): { ok: true; value: string } | { ok: false; error: string } {
    const fn = methods[names[method]];
    if (typeof fn !== 'function') return { ok: false, error: `the LMS has no ${names[method]}` };
    try {
      return { ok: true, value: String(fn.apply(api, args)) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  function record(what: string, thrown?: string): void {
    if (problem) return;
    const code = thrown === undefined ? call('lastError') : { ok: false as const, error: thrown };
    const codeText = code.ok ? code.value : '0';
    const words = code.ok ? call('errorString', codeText) : code;
    problem = { call: what, code: codeText, message: words.ok ? words.value : words.error };
  }

  /** Runs a call that answers "true"/"false"; a failure is recorded and reported as false. */
  function succeeds(method: Method, what: string, ...args: string[]): boolean {
    if (ended) return false;
    const result = call(method, ...args);
    if (result.ok && result.value === 'true') return true;
    record(what, result.ok ? undefined : result.error);
    return false;
  }

  return {
    version,
    initialize: () => succeeds('initialize', names.initialize, ''),
    get(element) {
      if (ended) return '';
      const result = call('get', element);
      return result.ok ? result.value : '';
    },
    set: (element, value) => succeeds('set', `${names.set} ${element}`, element, value),
    commit: () => succeeds('commit', names.commit, ''),
    terminate() {
      const ok = succeeds('terminate', names.terminate, '');
      ended = true;
      return ok;
    },
    failure: () => problem,
    clearFailure() {
      problem = null;
    },
  };
}
