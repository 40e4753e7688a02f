/**
 * What a package's index.html says about itself (written by the build, plugins/scorm/packages.ts):
 * which package it is and which SCORM version its manifest declares. Read once when the course starts.
 */

export const PACKAGE_META_NAME = 'wcmai-scorm-package';

export type ScormVersion = '1.2' | '2004';

export interface PackageDescriptor {
  /** `course` or a unit id. */
  id: string;
  version: ScormVersion;
  /** The activity's title, as in the manifest. */
  title: string;
  /** The page a first launch opens, e.g. `/docs/unit-1-two-levers/overview`. */
  start: string;
}

/** The package's description from its page, or null when the page has none or it is malformed. */
export function readPackageDescriptor(doc: Pick<Document, 'querySelector'>): PackageDescriptor | null {
  const content = doc.querySelector(`meta[name="${PACKAGE_META_NAME}"]`)?.getAttribute('content');
  if (!content) return null;
  try {
    const value: unknown = JSON.parse(content);
    if (typeof value !== 'object' || value === null) return null;
    const { id, version, title, start } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9-]{1,100}$/.test(id)) return null;
    if (version !== '1.2' && version !== '2004') return null;
    if (typeof title !== 'string' || typeof start !== 'string' || !start.startsWith('/')) return null;
    return { id, version, title, start };
  } catch {
    return null;
  }
}
