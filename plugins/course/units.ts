/**
 * Finds the course units: top-level folders of docs/ whose name matches the unit pattern
 * (`unit-…` by default), with label and position from their `_category_.json`, the same file
 * that orders the sidebar. Other folders (reference/, guides/) are not units.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { UnitFolder } from './manifest';

export const DEFAULT_UNIT_PATTERN = '^(\\d+[-_.])?unit-';

interface CategoryFile {
  label?: unknown;
  position?: unknown;
}

async function readCategory(file: string): Promise<CategoryFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {}; // no _category_.json: Docusaurus falls back to the folder name, and so do we
  }
  try {
    return JSON.parse(text) as CategoryFile;
  } catch (error) {
    throw new Error(
      `[quiz] ${file} is not valid JSON (${String(error)}). Fix it so the unit has a label and position.`,
    );
  }
}

/** The unit folders of `docsDir`, unordered; a folder without a position sorts after the others. */
export async function readUnitFolders(
  docsDir: string,
  pattern = DEFAULT_UNIT_PATTERN,
): Promise<UnitFolder[]> {
  const matcher = new RegExp(pattern);
  const entries = await readdir(docsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory() && matcher.test(entry.name))
    .map((entry) => entry.name);
  const categories = await Promise.all(
    folders.map((folder) => readCategory(path.join(docsDir, folder, '_category_.json'))),
  );
  const positions = categories.map((category) =>
    typeof category.position === 'number' ? category.position : undefined,
  );
  const last = Math.max(0, ...positions.filter((position) => position !== undefined));
  return folders.map((folder, index) => {
    const category = categories[index] ?? {};
    return {
      folder,
      label: typeof category.label === 'string' ? category.label : folder,
      position: positions[index] ?? last + 1,
    };
  });
}
