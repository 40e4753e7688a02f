/**
 * Export files and reading them back. The file is the storage envelope itself (one schema, so
 * export and import cannot drift), with sorted keys. A file is checked in the cheapest order (size,
 * then text, then JSON, then the schema as a whole) and a rejected one changes nothing; every
 * reason is plain words meant to be shown as text, never as HTML.
 */
import { canonicalJson } from './canonical';
import { migrate } from './migrations';
import { type JsonProblem, parseJsonSafely } from './safeJson';
import { describeIssues, PROGRESS_VERSION, type ProgressEnvelope, progressEnvelopeSchema } from './schema';

export { applyImport, previewImport, summarizeImport } from './importPlan';
export type { ImportMode, ImportReport, ItemCounts, SkippedItem, SkipReason } from './importPlan';

/** Files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
export const EXPORT_FILE_PREFIX = 'who-controls-military-ai-progress';

const NOTHING_CHANGED = 'Nothing was changed.';

/** The export file: a safe name (letters, digits, dashes) and the JSON text, with lastExportAt set. */
export function exportProgress(envelope: ProgressEnvelope, now: number): { filename: string; text: string } {
  // Parsing strips anything that is not an allow-listed field, whatever the caller passed in.
  const parsed = progressEnvelopeSchema.safeParse({ ...envelope, lastExportAt: now });
  if (!parsed.success) {
    throw new Error(
      `[progress] Cannot export progress that does not match the schema (${describeIssues(parsed.error)}); export store.getSnapshot(), which always does.`,
    );
  }
  const data = parsed.data;
  const day = new Date(now).toISOString().slice(0, 10);
  return { filename: `${EXPORT_FILE_PREFIX}-${day}.json`, text: `${canonicalJson(data, 2)}\n` };
}

/** A reason to refuse a file of this size before reading it (use File.size), or null. */
export function importSizeProblem(byteLength: number): string | null {
  if (byteLength <= IMPORT_MAX_BYTES) return null;
  const mb = (byteLength / IMPORT_MAX_BYTES).toFixed(1);
  return `This file is ${mb} MB, but progress files from this site are under 1 MB, so it is probably a different file. ${NOTHING_CHANGED}`;
}

const looksLikeCsv = (text: string) =>
  /^[^\n{}[\]]*[,;\t][^\n{}[\]]*(\r?\n|$)/.test(text.replace(/^\uFEFF/, '').trimStart());

function jsonProblemReason(problem: JsonProblem, text: string): string {
  switch (problem) {
    case 'empty':
      return `This file is empty. Choose the .json file you saved with "Export progress". ${NOTHING_CHANGED}`;
    case 'not-json':
      return looksLikeCsv(text)
        ? `This file looks like a spreadsheet (CSV), not a progress file. Choose the .json file you saved with "Export progress". ${NOTHING_CHANGED}`
        : `This is not a progress file: it does not contain progress data. Choose the .json file you saved with "Export progress". ${NOTHING_CHANGED}`;
    case 'truncated':
      return `This file seems cut off before its end (perhaps the download or copy did not finish). Export your progress again and import the new file. ${NOTHING_CHANGED}`;
    case 'too-deep':
      return `This is not a progress file: its data is nested far deeper than progress ever is. ${NOTHING_CHANGED}`;
    case 'invalid':
      return `This file is damaged: it is not valid JSON. Export your progress again and import the new file. ${NOTHING_CHANGED}`;
  }
}

export type ImportParse =
  { ok: true; envelope: ProgressEnvelope; migratedFrom: number | undefined } | { ok: false; reason: string };

/** Reads an import file into a validated envelope, or says in plain words why not; never throws. */
export function parseImportFile(text: string, byteLength: number): ImportParse {
  const tooBig = importSizeProblem(byteLength);
  if (tooBig) return { ok: false, reason: tooBig };
  const json = parseJsonSafely(text);
  if (!json.ok) return { ok: false, reason: jsonProblemReason(json.problem, text) };
  const result = migrate(json.value);
  if (result.status === 'newer') {
    return {
      ok: false,
      reason: `This file was made by a newer version of this site (format ${result.version}; this page reads format ${PROGRESS_VERSION}). Reload the page to get the latest version, then import again. ${NOTHING_CHANGED}`,
    };
  }
  if (result.status === 'unreadable') {
    return {
      ok: false,
      reason: `This is not a progress file from this course: ${result.reason}. ${NOTHING_CHANGED}`,
    };
  }
  return { ok: true, envelope: result.data, migratedFrom: result.migrated ? result.fromVersion : undefined };
}
