// cspell:words imscp imsmanifest imsmd qtiasiv xmllint
/**
 * Test helper: the QTI package against the published schemas, read from ../shared/reference/xsd/
 * (never copied into the project): IMS Content Packaging 1.1 for imsmanifest.xml (IMS's own copy,
 * and the copy Canvas's converter ships) and IMS QTI ASI 1.2 for every assessment.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { SITE_DIR } from '../testCourse';

export const XSD_DIR = path.resolve(SITE_DIR, '../shared/reference/xsd');
export const haveSchemas = existsSync(path.join(XSD_DIR, 'qti/ims_qtiasiv1p2.xsd'));
if (!haveSchemas) console.warn(`[lms tests] ${XSD_DIR} is absent: the QTI schema checks are skipped.`);

const file = (fileName: string, relative: string): XMLFileInfo => ({
  fileName,
  contents: readFileSync(path.join(XSD_DIR, relative), 'utf8'),
});

/** Every schema error in the package's manifest (both CP schemas) and assessments (QTI ASI 1.2). */
export async function schemaErrors(zip: Uint8Array): Promise<string[]> {
  const files = Object.entries(unzipSync(zip)).map(([fileName, bytes]) => ({
    fileName,
    contents: new TextDecoder().decode(bytes),
  }));
  const manifest = files.filter((entry) => entry.fileName === 'imsmanifest.xml');
  const assessments = files.filter(
    (entry) =>
      entry.fileName.endsWith('.xml') &&
      !entry.fileName.endsWith('assessment_meta.xml') &&
      entry.fileName !== 'imsmanifest.xml',
  );
  const preload = [file('w3/xml.xsd', 'cp/w3/xml.xsd'), file('imsmd_v1p2p4.xsd', 'cp/imsmd_v1p2p4.xsd')];
  const runs = [
    validateXML({ xml: manifest, schema: file('imscp_v1p1.xsd', 'cp/imscp_v1p1.xsd'), preload }),
    validateXML({
      xml: manifest,
      schema: file('imscp_v1p1.xsd', 'cp/imscp_v1p1_qtimigrationtool.xsd'),
      preload,
    }),
    validateXML({
      xml: assessments.map((entry) => ({ ...entry, fileName: entry.fileName.replace(/\//g, '_') })),
      // It imports "../xml.xsd", as it sits in the shared folder.
      schema: file('qti/ims_qtiasiv1p2.xsd', 'qti/ims_qtiasiv1p2.xsd'),
      preload: [file('xml.xsd', 'xml.xsd')],
    }),
  ];
  return (await Promise.all(runs)).flatMap((result) => result.errors.map((error) => error.rawMessage));
}
