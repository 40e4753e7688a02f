// cspell:words imscp imsmanifest imsmd qtiasiv xmllint
/**
 * The QTI package against the published schemas: IMS Content Packaging 1.1 for imsmanifest.xml
 * (IMS's own copy, and the copy Canvas's converter ships) and IMS QTI ASI 1.2 for every assessment.
 * The schemas live outside the project, in ../shared/reference/xsd/; without them the test is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { courseToQtiZip } from './qtiPackage';
import { realExports } from './readers/realExports';
import { SITE_DIR } from './testCourse';
import { sampleBank, trapBank } from './testFixtures';

const XSD_DIR = path.resolve(SITE_DIR, '../shared/reference/xsd');
const haveSchemas = existsSync(path.join(XSD_DIR, 'qti/ims_qtiasiv1p2.xsd'));
if (!haveSchemas) console.warn(`[qti.schema.test] ${XSD_DIR} is absent: the QTI schema checks are skipped.`);

const file = (fileName: string, relative: string): XMLFileInfo => ({
  fileName,
  contents: readFileSync(path.join(XSD_DIR, relative), 'utf8'),
});

async function schemaErrors(zip: Uint8Array): Promise<string[]> {
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

describe.skipIf(!haveSchemas)('the QTI package against the IMS schemas', () => {
  it('validates for the fixtures', async () => {
    expect(await schemaErrors(courseToQtiZip(trapBank))).toEqual([]);
    expect(await schemaErrors(courseToQtiZip(sampleBank))).toEqual([]);
  });

  let zip: Uint8Array;
  beforeAll(async () => {
    zip = (await realExports()).bytes('course-qti.zip');
  }, 60_000);

  it('validates for the real course', async () => {
    expect(await schemaErrors(zip)).toEqual([]);
  });

  it('rejects a broken manifest or assessment, so a pass means something', async () => {
    const broken = (name: string, from: string, to: string) => {
      const files = unzipSync(zip);
      files[name] = new TextEncoder().encode(new TextDecoder().decode(files[name]).replace(from, to));
      return zipSync(files);
    };
    expect(await schemaErrors(broken('imsmanifest.xml', '<organizations/>', '<organisations/>'))).not.toEqual(
      [],
    );
    const assessment = Object.keys(unzipSync(zip)).find(
      (name) => name.endsWith('.xml') && name.includes('/') && !name.endsWith('assessment_meta.xml'),
    );
    expect(await schemaErrors(broken(assessment ?? '', '<presentation>', '<presentaton>'))).not.toEqual([]);
  });
});
