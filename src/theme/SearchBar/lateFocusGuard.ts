/**
 * Stops a search box from taking focus back after the learner has moved on. The local search
 * plugin focuses its box again once its index has loaded if the box was ever focused, so a keyboard
 * user who tabbed past it is pulled back to the navbar (WCAG 2.4.3 focus order, 3.2.1 on focus).
 * A late `focus()` call is refused while focus is on another element of the page, unless the learner
 * just asked for search with its shortcut.
 */
export function guardLateFocus(
  input: HTMLElement,
  searchRoot: Element,
  askedAt: () => number,
  now = Date.now,
) {
  const focusNow = input.focus.bind(input);
  input.focus = (options?: FocusOptions) => {
    const active = document.activeElement;
    const elsewhere = active !== null && active !== document.body && !searchRoot.contains(active);
    if (elsewhere && now() - askedAt() > 1000) return;
    focusNow(options);
  };
}

/** Whether a key press is the search shortcut (Ctrl+K or ⌘K, the plugin's default). */
export const isSearchShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
