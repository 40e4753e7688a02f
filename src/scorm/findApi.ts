/**
 * Finds the LMS's SCORM API object the way the standards describe: the SCORM 1.2 RTE (section 3.3.6.1)
 * looks for `API` in this window and up its parents (at most 7 steps), then in `window.opener` and its
 * parents; SCORM 2004 (ADL's API discovery algorithm) does the same for `API_1484_11` with up to 500
 * steps. A window of another origin cannot be read: it is passed over, never a reason to fail.
 */
import type { ScormVersion } from './packageDescriptor';

export const API_NAME: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };
const MAX_STEPS: Record<ScormVersion, number> = { '1.2': 7, '2004': 500 };

/** The little of a window the search reads; a real Window fits. */
export interface FrameLike {
  readonly parent: FrameLike | null;
  readonly opener?: FrameLike | null;
  readonly top?: FrameLike | null;
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    // SecurityError: a window of another origin.
    return undefined;
  }
}

function apiIn(win: FrameLike, name: string): object | undefined {
  const value = read(() => (win as unknown as Record<string, unknown>)[name]);
  return typeof value === 'object' && value !== null ? value : undefined;
}

/** `win` and up to `maxSteps` of its parents, nearest first. */
function scan(win: FrameLike, name: string, maxSteps: number): object | undefined {
  let current: FrameLike | null | undefined = win;
  for (let steps = 0; current && steps <= maxSteps; steps += 1) {
    const api = apiIn(current, name);
    if (api) return api;
    const parent: FrameLike | null | undefined = read(() => current?.parent);
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** The API object for `version`, or null when no window in reach offers it. */
export function findLmsApi(win: FrameLike, version: ScormVersion): object | null {
  const name = API_NAME[version];
  const steps = MAX_STEPS[version];
  const opener = read(() => win.opener);
  // A course opened in a new window from a framed LMS page: its top window's opener holds the API.
  const topOpener = read(() => win.top?.opener);
  return (
    scan(win, name, steps) ??
    (opener ? scan(opener, name, steps) : undefined) ??
    (topOpener && topOpener !== opener ? scan(topOpener, name, steps) : undefined) ??
    null
  );
}
