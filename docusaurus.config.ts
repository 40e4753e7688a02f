import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import glossaryTerms from './plugins/glossary-terms';
import remarkCheckedQuizzes from './plugins/course/remark-checked-quizzes';
import { themes as prismThemes, type PrismTheme } from 'prism-react-renderer';

// Prism's GitHub theme with its light colours darkened to reach 4.5:1 on the code background (WCAG 1.4.3).
const DARKER: Record<string, string> = {
  '#999988': '#57606a',
  '#e3116c': '#a8105a',
  '#36acaa': '#0a6e6c',
  '#00a4db': '#0550ae',
};
const accessibleLight: PrismTheme = {
  ...prismThemes.github,
  styles: prismThemes.github.styles.map((entry) => ({
    ...entry,
    style: { ...entry.style, color: entry.style.color && (DARKER[entry.style.color] ?? entry.style.color) },
  })),
};

// The site can be deployed under a sub-path (e.g. GitHub Pages) without editing code:
// SITE_URL=https://example.github.io BASE_URL=/military-ai/ npm run build
const url = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';

const config = {
  title: 'Who Controls Military AI?',
  tagline:
    'An open course on the Defense Production Act, supply-chain-risk designations, AI usage policies and the militarization of AI',
  url,
  baseUrl,
  trailingSlash: false,
  favicon: 'img/logo.svg',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Authors write explicit heading anchors as `## Title {#anchor}` (quiz questions link to them).
    mdx1Compat: { headingIds: true },
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  future: {
    v4: true,
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  // No viewport prefetch: the offline copy already downloads every page's code once.
  clientModules: ['./src/offline/noViewportPrefetch.ts'],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          showLastUpdateTime: false,
          // Each <Term> gets its definition at build time, so pages never load the whole glossary;
          // each valid <Quiz> is marked checked, so pages never load the quiz schemas.
          remarkPlugins: [glossaryTerms, remarkCheckedQuizzes],
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', './src/css/print.css'] },
        sitemap: { lastmod: null, changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // Reads every quiz in docs/, fails the build on a malformed one, and publishes the course manifest.
    './plugins/course/index.ts',
    // Prism loads only on pages with a code block, not at every page's start-up.
    './plugins/prism-on-demand.ts',
    // A lesson's stylesheet leaves out the teacher, progress and reference pages' styles.
    './plugins/page-styles.ts',
    [
      // Offline after the first visit: a service worker precaches every page, script, style and the
      // search index, so a learner on a train keeps the whole course without installing an app.
      // Production builds only; `npm start` registers no service worker.
      '@docusaurus/plugin-pwa',
      {
        offlineModeActivationStrategies: ['always'],
        // Registered once the page has settled, not at `load`: the download competed with start-up.
        swRegister: require.resolve('./src/offline/registerWhenIdle.ts'),
        // Pages are written as `docs/x.html` (trailingSlash: false); the plugin only looks up
        // `docs/x` and `docs/x/index.html`, so this adds the `.html` lookup for page loads.
        swCustom: require.resolve('./src/offline/sw-custom.js'),
        injectManifestConfig: {
          // The plugin fixes the patterns (html, js, json, css, images, fonts); leave out what only
          // tools read: the LMS exports and the full course manifest (the client has a lean copy).
          globIgnores: ['lms/**', 'course-manifest.json'],
          // The search index (about 2.1 MB) is over Workbox's default 2 MB limit, which would skip
          // it silently and leave search empty offline.
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        },
        pwaHead: [
          // Under the base URL, so a course served from a sub-path (BASE_URL) finds its manifest.
          { tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json` },
          { tagName: 'meta', name: 'theme-color', content: '#1d4ed8' },
        ],
      },
    ],
  ],

  themes: [
    [
      // Offline, on-device search: classrooms often have no outside access, and learners'
      // searches stay on their machine.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        docsRouteBasePath: 'docs',
        language: ['en'],
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        // Left out of the index, so each hit appears once: a quiz's own title (its questions are
        // already in the "Check your understanding" section around it) and the glossary's letters
        // (each term is a heading of its own, listed by name).
        ignoreCssSelectors: ['section[data-quiz-id] > h3', 'h2[id^="glossary-letter-"]'],
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: false, autoCollapseCategories: false } },
    navbar: {
      title: 'Who Controls Military AI?',
      items: [
        { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course' },
        { to: '/docs/reference/glossary', label: 'Glossary', position: 'left' },
        { to: '/docs/reference/timeline', label: 'Timeline', position: 'left' },
        // Links to /progress and shows overall completion (src/theme/NavbarItem/ComponentTypes.tsx).
        { type: 'custom-progress', position: 'right' },
        { to: '/docs/guides/for-teachers', label: 'For teachers', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            { label: 'Start here', to: '/docs/start-here' },
            { label: 'Glossary', to: '/docs/reference/glossary' },
            { label: 'Timeline', to: '/docs/reference/timeline' },
          ],
        },
        {
          title: 'Teach',
          items: [
            { label: 'For teachers', to: '/docs/guides/for-teachers' },
            { label: 'For instructors', to: '/docs/guides/for-instructors' },
          ],
        },
      ],
      copyright:
        'An open teaching module. Your answers and progress stay in this browser; nothing is sent to a server.',
    },
    prism: { theme: accessibleLight, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
