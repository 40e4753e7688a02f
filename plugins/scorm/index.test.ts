import { REPLACEMENTS, replaces } from './index';
import { hashRoute } from '../../src/scorm/hashRoute';

const replacementFor = (module: string) => REPLACEMENTS.find((r) => r.module === module)!;

describe('the SCORM build’s module replacements', () => {
  it('answers only the client entry’s preload, not every module named preload', () => {
    const preload = replacementFor('src/scorm/hashRoutePreload.ts');
    expect(replaces(preload, './preload', '/x/node_modules/@docusaurus/core/lib/client/clientEntry.js')).toBe(
      true,
    );
    expect(replaces(preload, './preload', '/x/node_modules/@docusaurus/core/lib/client/docusaurus.js')).toBe(
      false,
    );
    expect(
      replaces(preload, './preloadAll', '/x/node_modules/@docusaurus/core/lib/client/clientEntry.js'),
    ).toBe(false);
  });

  it('answers Root’s import of the progress store and the search plugin’s worker calls', () => {
    expect(
      replaces(
        replacementFor('src/scorm/scopedBrowserStore.ts'),
        '@site/src/progress/browserStore',
        '/x/src/theme/Root.tsx',
      ),
    ).toBe(true);
    expect(
      replaces(
        replacementFor('src/scorm/scopedBrowserStore.ts'),
        '../progress/browserStore',
        '/x/src/scorm/scopedBrowserStore.ts',
      ),
    ).toBe(false);
    expect(
      replaces(
        replacementFor('src/scorm/searchByWorker.ts'),
        '../searchByWorker',
        '/x/SearchBar/SearchBar.jsx',
      ),
    ).toBe(true);
  });
});

describe('hashRoute', () => {
  it('reads the route of a hash address, without its query or heading', () => {
    expect(hashRoute('#/docs/start-here?x=1#quiz')).toBe('/docs/start-here');
    expect(hashRoute('')).toBeNull();
    expect(hashRoute('#section')).toBeNull();
  });
});
