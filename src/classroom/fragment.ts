/**
 * Where an assignment travels in a link: the `#assignment=` fragment. Apart from assignment.ts so
 * that every page can spot an assignment link without loading the classroom code.
 */
export const FRAGMENT_KEY = 'assignment';

/** The payload in a location hash such as "#assignment=a1.…", or null when there is none. */
export function payloadFromHash(hash: string): string | null {
  const match = /^#?assignment=([^&]*)/.exec(hash);
  return match ? (match[1] ?? '') : null;
}
