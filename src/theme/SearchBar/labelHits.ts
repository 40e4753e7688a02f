/**
 * Says on every hit of the search box what it is ("Glossary term", "Lesson section"…). The search
 * plugin renders its hits itself, as HTML strings, with no hook for this: the label is added to
 * each option as it appears, so it is part of what a screen reader reads for the option too.
 */
import { areaOf, hitKind, type Area, type HitType } from './hitKind';

// The start of each icon's drawing in the plugin's icons.js (dist/client/client/theme/SearchBar):
// a page, a heading, a piece of text. tests/e2e/search.spec.ts fails if an upgrade changes them.
const ICONS: [string, HitType][] = [
  ['M17 6v12', 'page'],
  ['M13 13h4', 'heading'],
  ['M17 5H3', 'content'],
];

const LABELLED = 'data-hit-kind';

function typeOf(option: Element): HitType | null {
  const drawing = option.querySelector('svg path')?.getAttribute('d') ?? '';
  return ICONS.find(([start]) => drawing.startsWith(start))?.[1] ?? null;
}

/** Labels the options not yet labelled. */
export function labelHits(list: Element): void {
  // A hit grouped under its page (drawn as a tree) has no path: it is in the page above it.
  let area: Area | null = null;
  for (const option of list.querySelectorAll('[role="option"]')) {
    const type = typeOf(option);
    const title = option.querySelector('[class*="hitTitle"]');
    if (!type || !title) continue;
    const pathText = option.querySelector('[class*="hitPath"]')?.textContent;
    if (pathText) area = areaOf(pathText.split(' › '), title.textContent ?? '', type);
    if (!area || option.hasAttribute(LABELLED)) continue;
    const label = document.createElement('em');
    label.textContent = `${hitKind(area, type)}: `;
    title.prepend(label);
    option.setAttribute(LABELLED, '');
  }
}
