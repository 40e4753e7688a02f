/**
 * The SCORM variant of the site, which `npm run build` builds after the normal site
 * (scripts/scorm-build.mjs) and packages into `build/lms/scorm*.zip`. Same content, theme and
 * plugins as docusaurus.config.ts, except:
 * - the hash router (`future.experimental_router: 'hash'`): one index.html with relative asset paths,
 *   so the course runs from whatever folder an LMS unpacks it into, and a bookmark is the part after `#`;
 * - no service worker (the LMS serves the package; an offline copy inside it would only go stale);
 * - the search plugin writes no index (it reads built HTML pages, which the hash router does not
 *   write): the packages take the normal build's index;
 * - the SCORM plugin: the LMS adapter, and the packages themselves.
 */
import type { Config } from '@docusaurus/types';
import base from './docusaurus.config';

const SEARCH_THEME = '@easyops-cn/docusaurus-search-local';
const nameOf = (entry: unknown): unknown => (Array.isArray(entry) ? entry[0] : entry);

const config: Config = {
  ...base,
  // Routes are `#/docs/…` whatever folder the package is served from.
  baseUrl: '/',
  future: { ...base.future, experimental_router: 'hash' },
  plugins: [
    ...base.plugins.filter((entry) => nameOf(entry) !== '@docusaurus/plugin-pwa'),
    [
      './plugins/scorm/index.ts',
      { mainBuildDir: process.env.SCORM_MAIN_BUILD_DIR ?? 'build', mainBaseUrl: base.baseUrl },
    ],
  ],
  themes: base.themes.map((entry) =>
    nameOf(entry) === SEARCH_THEME && Array.isArray(entry)
      ? ['./plugins/scorm/searchWithoutIndex.ts', entry[1]]
      : entry,
  ),
  themeConfig: {
    ...base.themeConfig,
    footer: {
      ...base.themeConfig.footer,
      copyright:
        'An open teaching module. Your answers stay in this browser and, when the course runs in your LMS, your score and answers are reported to it.',
    },
  },
};

export default config;
