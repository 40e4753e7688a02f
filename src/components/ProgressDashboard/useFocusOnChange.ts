import { useEffect, useRef } from 'react';

/**
 * Moves focus to the returned element whenever `trigger` changes to something other than null, so
 * keyboard and screen-reader users land on the result of their action (WCAG 2.4.3 Focus Order,
 * 4.1.3 Status Messages). The element needs tabIndex={-1}.
 */
export function useFocusOnChange<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger !== null && trigger !== undefined) ref.current?.focus();
  }, [trigger]);
  return ref;
}
