/**
 * "Did you mean …?" for author typos. A misspelt attribute or element would otherwise be dropped
 * without a word (zod strips unknown keys; MDX renders unknown elements), so the build names the
 * closest allowed spelling instead.
 */

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The allowed spelling closest to `word`, or undefined when none is close enough to be a typo.
 * Case is ignored while measuring, so `passmark` finds `passMark`.
 */
export function closestMatch(word: string, allowed: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  // Short words tolerate fewer edits: "id" → "to" would be a guess, not a suggestion.
  const tolerance = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance <= tolerance && (best === undefined || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
