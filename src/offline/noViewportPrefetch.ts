/**
 * Client module: turns off Docusaurus's viewport prefetch (every internal link that scrolls into
 * view fetched the code of its page). Hover and touch preload stay, so a clicked link is still quick.
 *
 * Why: the service worker (plugin-pwa) downloads every chunk once in the background for the
 * offline copy, so viewport prefetch fetched the same files a second time on the first visit
 * (about 89 KB gzip on a lesson, whose sidebar links every lesson), and adding its `<link>` tags
 * was a main-thread task of over 100 ms on a slow phone (bench/REPORT.md).
 */

type DocusaurusClientApi = {
  prefetch: (url: string) => false | Promise<unknown>;
  preload: (url: string) => false | Promise<unknown>;
};

/** The same API with prefetch as a no-op (`false` is what Docusaurus returns when it skips one). */
export function withoutPrefetch(api: DocusaurusClientApi): DocusaurusClientApi {
  return Object.freeze({ ...api, prefetch: () => false as const });
}

// Docusaurus's client entry sets `window.docusaurus` (a frozen object) after client modules run,
// and Link calls `window.docusaurus.prefetch` when a link becomes visible: wrap it as it is set.
if (typeof window !== 'undefined') {
  let api: DocusaurusClientApi | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => api,
    set: (value: DocusaurusClientApi) => {
      api = withoutPrefetch(value);
    },
  });
}
