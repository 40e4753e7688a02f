// Runs inside the service worker of @docusaurus/plugin-pwa (its `swCustom` option), before the
// plugin's own fetch handler. Plain JavaScript: the plugin bundles this file with Babel only.
//
// With `trailingSlash: false` every page is written as `docs/lesson.html`, but the plugin looks a page
// load up only as `docs/lesson` and `docs/lesson/index.html`, so offline it would miss every page
// except the home page. This handler serves `docs/lesson.html` from the precache instead. It never
// fetches another origin: requests outside the service worker's origin are left alone.

/**
 * The precached file for a page load of `url`, or null when the plugin already finds it (`/`, files
 * with an extension) or the address is on another origin.
 */
export function precachedPagePath(url, origin) {
  const address = new URL(url);
  if (address.origin !== origin) return null;
  const { pathname } = address;
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return null;
  return `${pathname}.html`;
}

export default function offlinePages(params) {
  if (!params.offlineMode) return;
  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET' || request.mode !== 'navigate') return;
    const path = precachedPagePath(request.url, self.location.origin);
    if (!path) return;
    // Precache keys carry a `__WB_REVISION__` query, hence ignoreSearch; a page that is not cached
    // (yet) goes to the network as usual.
    event.respondWith(caches.match(path, { ignoreSearch: true }).then((cached) => cached ?? fetch(request)));
  });
}
