/** Test helper (only tests import this file): axe-core on a rendered component, failing with each violation named. */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(container: HTMLElement) {
  // Colour contrast needs real layout, which jsdom lacks; the browser sweep checks it.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
