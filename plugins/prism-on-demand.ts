/**
 * Loads Prism (syntax highlighting) only on pages that show a code block.
 *
 * The classic theme sets Prism up in a client module, which puts prism-react-renderer and its
 * languages in the main bundle of every page and evaluates them before the page can respond:
 * about 13 KB gzip and, on a slow phone, the longest part of starting the page (bench/REPORT.md).
 * Lessons have no code blocks; only the guides do. This plugin drops that client module, and
 * src/theme/CodeBlock loads the highlighter (which runs the same language setup, so
 * `prism.additionalLanguages` keeps working) when a page first renders a code block.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The theme's client module, as the generated client-modules.js requires it. */
export const PRISM_CLIENT_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib',
  'prism-include-languages',
);

export default function prismOnDemand(): Plugin {
  return {
    name: 'prism-on-demand',
    configureWebpack() {
      return { resolve: { alias: { [`${PRISM_CLIENT_MODULE}$`]: false } } };
    },
  };
}
