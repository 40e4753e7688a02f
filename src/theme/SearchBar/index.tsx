/**
 * The local search plugin's search bar, with its late re-focus refused (see lateFocusGuard.ts) and
 * each hit labelled with what it is (labelHits.ts). `display: contents` keeps the navbar's layout
 * as the plugin made it.
 */
import { useEffect, useRef, type ComponentProps } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { guardLateFocus, isSearchShortcut } from './lateFocusGuard';
import { labelHits } from './labelHits';

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = root.current;
    const input = container?.querySelector('input');
    if (!container || !input) return;
    let askedAt = 0;
    const onKey = (event: KeyboardEvent) => {
      if (isSearchShortcut(event)) askedAt = Date.now();
    };
    window.addEventListener('keydown', onKey, true);
    guardLateFocus(input, container, () => askedAt);
    // The hits are drawn anew as the learner types; label each new set.
    const hits = new MutationObserver(() => labelHits(container));
    hits.observe(container, { childList: true, subtree: true });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      hits.disconnect();
    };
  }, []);
  return (
    <div ref={root} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
