/**
 * Validates an imsmanifest.xml against the ADL/IMS schemas of its SCORM version with xmllint
 * compiled to WebAssembly (no system package). The schemas are not part of the project: they are
 * read from `../shared/reference/xsd/` (see its SOURCES.md), and tests skip with a notice where that
 * folder is absent. Test code only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { ScormVersion } from './manifests';

// Tests run from the project root (npm scripts, vitest and playwright all start there).
export const SCHEMA_DIR = path.resolve(process.cwd(), '../shared/reference/xsd');

const ROOT_SCHEMA: Record<ScormVersion, string> = { '1.2': 'scorm12-all.xsd', '2004': 'scorm2004-all.xsd' };

/**
 * The 1.2 root used here: the shared scorm12-all.xsd without its import of imsmd_rootv1p2p1.xsd,
 * whose LOM content models libxml2 2.13 refuses to compile ("The content model is not determinist").
 * Our manifests carry no LOM metadata (a test checks there is no imsmd element), so every element
 * they hold is still checked: the content-packaging and adlcp schemas.
 */
const SCORM12_ROOT = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-wcmai:scorm12">
  <xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="scorm2004/xml.xsd"/>
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="scorm12/imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="scorm12/adlcp_rootv1p2.xsd"/>
</xsd:schema>
`;

/** True when the shared schema folder is here (it is beside the project, not in it). */
export function schemasAvailable(): boolean {
  return (
    existsSync(path.join(SCHEMA_DIR, ROOT_SCHEMA['1.2'])) &&
    existsSync(path.join(SCHEMA_DIR, ROOT_SCHEMA['2004']))
  );
}

export const SCHEMAS_MISSING_NOTICE = `[scorm] Skipping the schema checks: ${SCHEMA_DIR} is absent (the ADL/IMS schemas live beside the project, in ../shared).`;

function schemaFiles(dir: string, prefix = ''): { fileName: string; contents: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) return schemaFiles(full, relative);
    return name.endsWith('.xsd') ? [{ fileName: relative, contents: readFileSync(full, 'utf8') }] : [];
  });
}

let cache: { fileName: string; contents: string }[] | undefined;

/** The schema errors of a manifest ([] when valid), as xmllint words them. */
export async function scormSchemaErrors(version: ScormVersion, xml: string): Promise<string[]> {
  cache ??= schemaFiles(SCHEMA_DIR);
  const shared = cache.find((file) => file.fileName === ROOT_SCHEMA[version]);
  if (!shared) throw new Error(`[scorm] ${ROOT_SCHEMA[version]} is missing from ${SCHEMA_DIR}.`);
  const root = version === '1.2' ? { fileName: 'scorm12-root.xsd', contents: SCORM12_ROOT } : shared;
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [root],
    preload: cache.filter((file) => file !== shared),
  });
  return result.valid ? [] : result.errors.map((error) => error.message);
}
