/**
 * The search plugin's worker calls, with the package's own folder as the base address: the plugin
 * passes the site's base URL (`/`), and its worker fetches the index from there, which inside an LMS
 * is the LMS's root, not the package. Used in the SCORM build only (plugins/scorm/index.ts).
 */
import * as original from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';

/** The folder of the page: where the package's index.html and search index are. */
export function packageFolder(pageUrl: string): string {
  return new URL('.', pageUrl).href;
}

export function fetchIndexesByWorker(_baseUrl: string, searchContext: string): Promise<void> {
  return original.fetchIndexesByWorker(packageFolder(document.baseURI), searchContext);
}

export function searchByWorker(
  _baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): ReturnType<typeof original.searchByWorker> {
  return original.searchByWorker(packageFolder(document.baseURI), searchContext, input, limit);
}
