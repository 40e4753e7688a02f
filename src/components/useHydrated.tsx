import { startTransition, useEffect, useState } from 'react';

// True once the page's first render in the browser (hydration) has been committed.
let pageHydrated = false;

/**
 * Whether saved data may be shown yet: false while the server renders and while the page
 * hydrates, so the HTML React hydrates never depends on what this browser saved; true for
 * everything rendered after that (pages opened later in the session render with the data at
 * once).
 *
 * A component that hydrated switches to true in a transition of its own: React yields to the
 * browser between components in a transition, where a snapshot differing at hydration (the
 * useSyncExternalStore way) forces one synchronous re-render of every such view, and a context
 * provider's change walks the whole page; both were long tasks on a slow phone
 * (bench/REPORT.md).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => pageHydrated);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}

/** Placed once, at the root: its effect runs after every other effect of the hydration commit. */
export function HydrationDone() {
  useEffect(() => {
    pageHydrated = true;
  }, []);
  return null;
}
