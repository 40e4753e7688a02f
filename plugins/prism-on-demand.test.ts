import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRISM_CLIENT_MODULE } from './prism-on-demand';

// If a Docusaurus upgrade moves or renames the theme's Prism client module, the alias would stop
// matching and Prism would silently return to every page's main bundle.
describe('prism-on-demand', () => {
  it('names the classic theme client module that sets Prism up', () => {
    expect(existsSync(`${PRISM_CLIENT_MODULE}.js`)).toBe(true);
  });
});
