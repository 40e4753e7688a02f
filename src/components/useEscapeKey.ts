import { useEffect } from 'react';

/**
 * Calls `onEscape` when Escape is pressed anywhere while `active`: listening on the document lets a
 * learner dismiss content shown without focus (a hovered tooltip, the update popup) without moving
 * focus or the pointer. Pass a stable `onEscape` (useCallback), or the listener is re-added each render.
 */
export function useEscapeKey(active: boolean, onEscape: () => void) {
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onEscape();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, onEscape]);
}
