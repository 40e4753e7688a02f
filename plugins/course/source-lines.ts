/**
 * Line numbers for every part of an extracted quiz, keyed by the same path zod reports
 * (`questions.0.options.1.feedback`), so any issue, however deep, can be traced to a line.
 */

export type SourcePath = readonly PropertyKey[];

/** Path → 1-based line. The key `''` is the `<Quiz>` tag itself. */
export type SourceLines = Record<string, number>;

/** `['questions', 0, 'id']` → `questions.0.id`, the key used in SourceLines. */
export function pathKey(path: SourcePath): string {
  return path.map(String).join('.');
}

/** The line of the deepest recorded part of `path` (falls back to the quiz's own line). */
export function lineAt(lines: SourceLines, path: SourcePath): number {
  for (let length = path.length; length >= 0; length--) {
    const line = lines[pathKey(path.slice(0, length))];
    if (line !== undefined) return line;
  }
  return 1;
}

/** `['options', 1, 'feedback']` → `options[1].feedback`, the way an author would point at it. */
export function fieldName(path: SourcePath): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name === '' ? String(part) : `.${String(part)}`;
  }
  return name;
}
