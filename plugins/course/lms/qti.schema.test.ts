/**
 * The QTI package against the IMS schemas in ../shared/reference/xsd/ (readers/qtiSchema.ts), for
 * the fixtures; skipped with a notice where that folder is absent. The real course:
 * realCourse.import.test.ts.
 */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { courseToQtiZip } from './qtiPackage';
import { haveSchemas, schemaErrors } from './readers/qtiSchema';
import { sampleBank, trapBank } from './testFixtures';

describe.skipIf(!haveSchemas)('the QTI package against the IMS schemas', () => {
  it('validates for the fixtures', async () => {
    expect(await schemaErrors(courseToQtiZip(trapBank))).toEqual([]);
    expect(await schemaErrors(courseToQtiZip(sampleBank))).toEqual([]);
  });

  it('rejects a broken manifest or assessment, so a pass means something', async () => {
    const zip = courseToQtiZip(sampleBank);
    const broken = (name: string, from: string, to: string) => {
      const files = unzipSync(zip);
      files[name] = new TextEncoder().encode(new TextDecoder().decode(files[name]).replace(from, to));
      return zipSync(files);
    };
    expect(await schemaErrors(broken('imsmanifest.xml', '<organizations/>', '<organisations/>'))).not.toEqual(
      [],
    );
    const assessment = Object.keys(unzipSync(zip)).find((name) => /^quiz-[^/]+\/quiz-[^/]+\.xml$/.test(name));
    expect(await schemaErrors(broken(assessment ?? '', '<presentation>', '<presentaton>'))).not.toEqual([]);
  });
});
