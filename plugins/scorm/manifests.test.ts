import { imsManifest, manifestIdentifier, SCORM_VERSIONS } from './manifests';
import { SCHEMAS_MISSING_NOTICE, schemasAvailable, scormSchemaErrors } from './scormSchemas';

const input = {
  packageId: 'unit-1-two-levers',
  title: 'Who Controls Military AI? Unit 1: Two levers & "hard" choices',
  files: ['assets/js/main.js', 'index.html', 'search-index.json'],
  version: '2026.11.27',
};

const hasSchemas = schemasAvailable();
if (!hasSchemas) console.warn(SCHEMAS_MISSING_NOTICE);

describe('imsManifest', () => {
  it.each(SCORM_VERSIONS)('writes a SCORM %s manifest that its ADL schemas accept', async (version) => {
    if (!hasSchemas) return;
    expect(await scormSchemaErrors(version, imsManifest(version, input))).toEqual([]);
  });

  it('the schema check refuses a manifest with a mistake, so it can fail', async () => {
    if (!hasSchemas) return;
    const broken = imsManifest('1.2', input).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect((await scormSchemaErrors('1.2', broken)).join('\n')).toMatch(/scormtype/);
    const wrongVersion = imsManifest('1.2', input);
    expect(await scormSchemaErrors('2004', wrongVersion)).not.toEqual([]);
  });

  it('launches index.html once, lists every file, and names the package in its title', () => {
    const xml = imsManifest('2004', input);
    expect(xml).toContain('href="index.html"');
    expect(xml.match(/<file href="index.html"\/>/g)).toHaveLength(1);
    expect(xml).toContain('<file href="assets/js/main.js"/>');
    expect(xml).toContain(
      '<title>Who Controls Military AI? Unit 1: Two levers &amp; &quot;hard&quot; choices</title>',
    );
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco"');
  });

  it('gives each version and package its own identifier', () => {
    expect(manifestIdentifier('1.2', 'course')).toBe('wcmai-scorm12-course');
    expect(manifestIdentifier('2004', 'unit-2')).toBe('wcmai-scorm2004-unit-2');
  });
});

describe('the SCORM 1.2 schema check', () => {
  it('holds every element of our manifests to a schema: there is no LOM (imsmd) metadata to skip', () => {
    expect(imsManifest('1.2', input)).not.toMatch(/imsmd:|<lom/);
  });
});
