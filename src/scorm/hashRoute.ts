/** The route a hash address names (`#/docs/a?x#h` → `/docs/a`), or null when it names none. */
export function hashRoute(hash: string): string | null {
  const route = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  return route.startsWith('/') ? route : null;
}
