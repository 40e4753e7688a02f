/**
 * A canonical form for comparing and exporting progress: object keys sorted, undefined left out.
 * Merging compares records with it, so "same content" never depends on key insertion order.
 */

/** A copy with every object's keys in sorted order and undefined properties removed. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const inner = (value as Record<string, unknown>)[key];
      return inner === undefined ? [] : [[key, canonicalize(inner)] as const];
    });
  // fromEntries defines own properties, so even a hostile key could not set a prototype.
  return Object.fromEntries(entries);
}

/** JSON text that is equal for equal content, whatever the key order. */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(canonicalize(value), null, indent);
}

/** True when two values have the same canonical JSON. */
export function sameContent(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}
