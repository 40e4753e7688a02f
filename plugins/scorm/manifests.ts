/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition. Each package is one SCO (the course's
 * own index.html, which finds its page from the hash route), so the LMS runs one session per learner
 * and the course's own navigation moves between lessons. No mastery score and no sequencing rules:
 * the course itself reports pass or fail (every quiz at its pass mark), so the LMS must not override
 * it from the score alone. Pure: the build passes the file list in.
 */
import { element, wrap, XML_DECLARATION, xmlIdent } from '../course/lms/xml';

import type { ScormVersion } from '../../src/scorm/packageDescriptor';

export type { ScormVersion };

export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

export interface ManifestInput {
  /** The package id (`course` or a unit id). */
  packageId: string;
  /** The title the LMS shows for the activity. */
  title: string;
  /** Every file of the package except imsmanifest.xml, `/`-separated, relative to the package root. */
  files: readonly string[];
  /** A version for the manifest (the course's version, or a build date). */
  version: string;
}

/** The launch file: the course's single page, which routes by the part after `#`. */
export const LAUNCH_FILE = 'index.html';

const NAMESPACES = {
  '1.2': {
    xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
      'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ' +
      'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
  },
  '2004': {
    xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
    'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ' +
      'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ' +
      'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd ' +
      'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ' +
      'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
  },
} as const;

const SCHEMA_VERSION = { '1.2': '1.2', '2004': '2004 4th Edition' } as const;

/** The manifest's identifier (an XML ID, so it can be no path or number first). */
export function manifestIdentifier(version: ScormVersion, packageId: string): string {
  return xmlIdent(`wcmai-scorm${version === '1.2' ? '12' : '2004'}-`, packageId);
}

/** The text of `imsmanifest.xml` for one package in one SCORM version. */
export function imsManifest(version: ScormVersion, input: ManifestInput): string {
  const identifier = manifestIdentifier(version, input.packageId);
  const files = [LAUNCH_FILE, ...input.files.filter((file) => file !== LAUNCH_FILE)].map((href) =>
    element('file', { href }),
  );
  // 1.2 spells the attribute scormtype, 2004 scormType.
  const scoType = version === '1.2' ? { 'adlcp:scormtype': 'sco' } : { 'adlcp:scormType': 'sco' };
  const item = wrap('item', { identifier: 'item-1', identifierref: 'resource-1', isvisible: 'true' }, [
    element('title', {}, input.title),
  ]);
  return [
    XML_DECLARATION,
    wrap('manifest', { identifier, version: input.version, ...NAMESPACES[version] }, [
      wrap('metadata', {}, [
        element('schema', {}, 'ADL SCORM'),
        element('schemaversion', {}, SCHEMA_VERSION[version]),
      ]),
      wrap('organizations', { default: 'organization-1' }, [
        wrap('organization', { identifier: 'organization-1' }, [element('title', {}, input.title), item]),
      ]),
      wrap('resources', {}, [
        wrap(
          'resource',
          { identifier: 'resource-1', type: 'webcontent', ...scoType, href: LAUNCH_FILE },
          files,
        ),
      ]),
    ]),
    '',
  ].join('\n');
}
