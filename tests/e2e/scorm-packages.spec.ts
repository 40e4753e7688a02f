/**
 * Every SCORM package the build writes, checked as an LMS importer would: a zip with imsmanifest.xml
 * at its root that the ADL/IMS schemas of its version accept, whose launch file and listed files are
 * all inside, and which holds the whole course with no address outside it.
 */
import { readdirSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { test, expect } from './fixtures';
import { packageFiles } from './scorm/lmsHarness';
import {
  SCHEMAS_MISSING_NOTICE,
  schemasAvailable,
  scormSchemaErrors,
} from '../../plugins/scorm/scormSchemas';

const zips = readdirSync('build/lms').filter((name) => /^scorm(12|2004)-.+\.zip$/.test(name));

test('the build writes a SCORM 1.2 and a SCORM 2004 package for the course and for each of its four units', () => {
  const ids = [
    'course',
    'unit-1-two-levers',
    'unit-2-usage-policies',
    'unit-3-militarization',
    'unit-4-reading-the-sources',
  ];
  expect(zips.sort()).toEqual(ids.flatMap((id) => [`scorm12-${id}.zip`, `scorm2004-${id}.zip`]).sort());
});

for (const zip of zips) {
  test(`${zip}: imsmanifest.xml at the root passes the schemas, and every file it names is inside`, async () => {
    const files = packageFiles(zip);
    const manifest = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
    expect(manifest).toContain('<manifest');
    if (schemasAvailable()) {
      expect(await scormSchemaErrors(zip.startsWith('scorm12-') ? '1.2' : '2004', manifest)).toEqual([]);
    } else {
      console.warn(SCHEMAS_MISSING_NOTICE);
    }
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]!);
    expect(listed).toContain('index.html');
    expect(listed.filter((name) => !(name in files))).toEqual([]);
    expect(
      Object.keys(files).filter(
        (name) => !name.endsWith('/') && name !== 'imsmanifest.xml' && !listed.includes(name),
      ),
    ).toEqual([]);
    // The course runs from the package alone: its page loads scripts and styles by relative paths.
    const index = strFromU8(files['index.html']!);
    expect(
      [...index.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((url) => !url!.startsWith('./')),
    ).toEqual([]);
    expect(Object.keys(files).some((name) => /^search-index.*\.json$/.test(name))).toBe(true);
  });
}
