/**
 * Keeps an element where it is on screen while the content above it changes. Checking a question
 * marks every row above its Check button, and on a phone that pushed the focused button below the
 * screen (WCAG 2.4.11, focus not obscured). Call it before the change; it scrolls back after.
 */
export function keepInPlace(element: HTMLElement | null): void {
  if (!element) return;
  const before = element.getBoundingClientRect().top;
  requestAnimationFrame(() => {
    const moved = element.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  });
}
