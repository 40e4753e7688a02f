/**
 * The local search theme as the SCORM build needs it: its search bar and page, without its postBuild,
 * which builds the index by reading every built HTML page (the hash router writes one). The packages
 * take the normal build's index instead (packages.ts).
 */
import * as searchModule from '@easyops-cn/docusaurus-search-local';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';

// The package's type declarations describe its options only, not its exports.
const searchLocal = searchModule as unknown as {
  default: (context: LoadContext, options: unknown) => Plugin;
  validateOptions: (context: OptionValidationContext<unknown, unknown>) => unknown;
};

export default function searchWithoutIndex(context: LoadContext, options: unknown): Plugin {
  const { postBuild: _indexFromPages, ...plugin } = searchLocal.default(context, options);
  return plugin;
}

export const validateOptions = searchLocal.validateOptions;
