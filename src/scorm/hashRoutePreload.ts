/**
 * Replaces the `preload` of Docusaurus's client entry in the SCORM build (plugins/scorm/index.ts).
 * The entry preloads the route of `location.pathname` before its first render; under the hash router
 * that is the launch file's path (`…/index.html`), never the page's route, so the page's component
 * is still loading at the first render. When its code then arrives from the browser's cache before
 * the component has mounted, react-loadable drops the update and the page stays blank: it happened
 * on most reloads of a package in the test LMS. Preloading the route in the hash as well makes the
 * first render complete, as it is with the browser router.
 */
import preload from '@docusaurus/core/lib/client/preload.js';
import { hashRoute } from './hashRoute';

export default function preloadWithHashRoute(pathname: string): Promise<unknown> {
  const route = hashRoute(window.location.hash);
  return Promise.all([preload(pathname), route ? preload(route) : null]);
}
