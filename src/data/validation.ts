/**
 * Shared checking for the site's JSON data files. The files are edited by hand, so a mistake must
 * stop the build with the file, the entry and the field named, not surface later as a blank page.
 */
import type * as z from 'zod/mini';

/** What a data file is called in errors: the `[area]` prefix and the path an author should open. */
export interface DataFile {
  area: string;
  file: string;
}

const describePath = (path: readonly PropertyKey[]) =>
  path.length === 0
    ? ''
    : `${path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.')}: `;

/** A short name for entry `index` of a file, with its id when it has one, e.g. `entry 3 ("stay")`. */
export function entryName(raw: unknown, index: number, idKey = 'id'): string {
  const id = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[idKey] : undefined;
  return typeof id === 'string' ? `entry ${index + 1} ("${id}")` : `entry ${index + 1}`;
}

/**
 * Checks every element of `data` (which must be an array) against `schema`. Returns the entries
 * that passed and one readable line per problem, so an author sees all mistakes at once.
 */
export function parseEntries<T>(
  data: unknown,
  schema: z.ZodMiniType<T>,
  name: (raw: unknown, index: number) => string = entryName,
): { entries: T[]; problems: string[] } {
  if (!Array.isArray(data)) return { entries: [], problems: ['the file must hold a JSON array of entries'] };
  const entries: T[] = [];
  const problems: string[] = [];
  data.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    if (result.success) entries.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${name(raw, index)}: ${describePath(issue.path)}${issue.message}`);
  });
  return { entries, problems };
}

/** Throws one error listing every problem, prefixed with the area; does nothing when there are none. */
export function failOnProblems({ area, file }: DataFile, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const plural = problems.length === 1 ? 'problem' : 'problems';
  throw new Error(
    `[${area}] ${file} has ${problems.length} ${plural}:\n${problems.map((line) => `  - ${line}`).join('\n')}\nFix the entries named above and rebuild.`,
  );
}

/** Ids must be stable, URL-safe anchors: lowercase words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
