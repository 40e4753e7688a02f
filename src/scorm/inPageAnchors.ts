/**
 * In-page links (`<a href="#question-x">` in the quiz's summary and finish prompt, the glossary's
 * letters) under the hash router: the browser would put `#question-x` in the address, which the
 * router reads as a page that does not exist. In the SCORM build a link to an anchor on the page
 * therefore does what the browser does on a normal page: scroll to the target and move focus there,
 * so keyboard and screen-reader users continue from it. Links the page already handles (default
 * prevented) and route links (`#/docs/…`) are left alone.
 */

/** The anchor id an in-page link points at, or null for a route or anything else. */
export function anchorTarget(href: string | null): string | null {
  if (!href || !href.startsWith('#') || href.startsWith('#/') || href.length < 2) return null;
  return decodeURIComponent(href.slice(1));
}

function followAnchor(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  const id = anchorTarget(link?.getAttribute('href') ?? null);
  const target = id === null ? null : document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
    target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Starts handling in-page links on this document (once). */
export function handleInPageAnchors(doc: Document): void {
  doc.addEventListener('click', followAnchor);
}
