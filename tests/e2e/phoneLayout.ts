/**
 * Layout checks run inside the page at a phone width (tests/e2e/phone.spec.ts). Each returns a list
 * of problems in words, empty when the page is fine, so a failure says what and where.
 * The functions are passed to page.evaluate, so each must be self-contained (no imports, no
 * helpers from outside its own body).
 */

/** Elements that stick out past the right edge of the window when the page scrolls sideways. */
export function sidewaysScroll(): string[] {
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= width) return [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
  // The deepest elements past the edge: their parents only stick out because of them.
  const past = [...document.body.querySelectorAll('*')].filter(
    (el) => el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0,
  );
  const deepest = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
  return [
    `the page is ${scrollWidth}px wide in a ${width}px window`,
    ...deepest.slice(0, 5).map((el) => `past the edge: ${name(el)}`),
  ];
}

/** Radios and checkboxes that are not on the same line as the start of their label, left of it. */
export function controlsOffTheirLabel(): string[] {
  const problems: string[] = [];
  const controls = document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
  for (const input of controls) {
    const box = input.getBoundingClientRect();
    if (box.width === 0 || !input.checkVisibility({ visibilityProperty: true })) continue;
    const label = input.labels?.[0];
    const text = (label?.textContent ?? '').trim();
    if (!label || text === '') {
      problems.push(`a ${input.type} (${input.id || input.name}) has no label with text`);
      continue;
    }
    // The label's first line of text: after the control when the label wraps it.
    const range = document.createRange();
    if (label.contains(input)) {
      range.setStartAfter(input);
      range.setEnd(label, label.childNodes.length);
    } else range.selectNodeContents(label);
    const first = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0);
    if (!first) continue;
    const sameLine = box.top < first.bottom && box.bottom > first.top;
    const before = box.right <= first.left + 1;
    if (!sameLine || !before) {
      problems.push(
        `“${text.slice(0, 50)}”: its ${input.type} is ${sameLine ? 'not before' : 'not on the same line as'} the start of its label`,
      );
    }
  }
  return problems;
}

/**
 * Targets smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8). A radio or checkbox counts with its label
 * (clicking either works); a link inside a sentence is exempt, as WCAG's "inline" exception says,
 * and so is an undersized target with room around it (the "spacing" exception: a 24px circle on
 * its centre touches no other target).
 */
export function smallTargets(): string[] {
  const MIN = 24;
  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const union = (a: DOMRect, b: DOMRect) => {
    const left = Math.min(a.left, b.left);
    const top = Math.min(a.top, b.top);
    return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
  };
  const inSentence = (el: Element) => {
    if (el.tagName !== 'A') return false;
    const block = el.closest('p, li, td, dd, dt, figcaption, blockquote');
    if (!block) return false;
    const own = (el.textContent ?? '').trim().length;
    return (block.textContent ?? '').trim().length > own + 3;
  };
  const targets = [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => !(el instanceof HTMLInputElement && el.labels?.[0]?.contains(el)))
    .map((el) => {
      let rect = el.getBoundingClientRect();
      const choice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
      const label = choice ? el.labels?.[0] : undefined;
      if (label) rect = union(rect, label.getBoundingClientRect());
      return { el, rect };
    })
    // Visually hidden (a skip link before it is focused) and closed or scrolled-away parts are not targets now.
    .filter(
      ({ el, rect }) => rect.width > 1 && rect.height > 1 && el.checkVisibility({ visibilityProperty: true }),
    )
    .filter(({ rect }) => rect.right > 0 && rect.left < window.innerWidth);
  const small = targets.filter(({ el, rect }) => (rect.width < MIN || rect.height < MIN) && !inSentence(el));
  const distance = (x: number, y: number, r: DOMRect) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
  return small
    .filter(({ el, rect }) => {
      const [x, y] = centre(rect);
      return targets.some((other) => {
        if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false;
        if (small.includes(other)) {
          const [ox, oy] = centre(other.rect);
          return Math.hypot(x - ox, y - oy) < MIN;
        }
        return distance(x, y, other.rect) < MIN / 2;
      });
    })
    .map(({ el, rect }) => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()} “${name}” is ${Math.round(rect.width)} × ${Math.round(rect.height)} px, with another target within reach`;
    });
}
