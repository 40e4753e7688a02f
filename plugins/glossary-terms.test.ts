import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import { glossaryById } from '../src/data/glossary';
import glossaryTerms from './glossary-terms';

const here = path.dirname(fileURLToPath(import.meta.url));

async function compiled(mdx: string): Promise<string> {
  return String(await compile(mdx, { remarkPlugins: [glossaryTerms], jsx: true }));
}

describe('the glossary-terms remark plugin', () => {
  const entry = glossaryById.get('defense-production-act');

  it('writes the term and definition of a known id into the lesson', async () => {
    const out = await compiled('The <Term id="defense-production-act">DPA</Term> is old.');
    expect(out).toContain(`term=${JSON.stringify(entry?.term)}`);
    expect(out).toContain(`definition=${JSON.stringify(entry?.definition)}`);
  });

  it('fills Terms inside other elements, such as a quiz explanation', async () => {
    const out = await compiled(
      '<Explanation>\n\nSee <Term id="defense-production-act" />.\n\n</Explanation>',
    );
    expect(out).toContain(`definition=${JSON.stringify(entry?.definition)}`);
  });

  it('leaves an unknown id alone, so the page shows the unknown-term marker', async () => {
    const out = await compiled('A <Term id="no-such-term">mystery</Term>.');
    expect(out).not.toContain('definition=');
  });

  it('keeps a definition the author wrote', async () => {
    const out = await compiled('<Term id="defense-production-act" definition="Mine.">DPA</Term>');
    expect(out).toContain('definition="Mine."');
    expect(out.match(/definition=/g)).toHaveLength(1);
  });
});

describe('the glossary-terms plugin as Docusaurus loads it', () => {
  it('fills a Term when the site config is loaded through Docusaurus’s module loader', async () => {
    const { loadFreshModule } = await import('@docusaurus/utils');
    const loaded = (await loadFreshModule(path.resolve(here, '../docusaurus.config.ts'))) as {
      default?: unknown;
    };
    const config = (loaded.default ?? loaded) as {
      presets: [string, { docs: { remarkPlugins: (() => (tree: unknown) => void)[] } }][];
    };
    const [plugin] = config.presets[0]?.[1].docs.remarkPlugins ?? [];
    const term = {
      type: 'mdxJsxTextElement',
      name: 'Term',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'defense-production-act' }],
      children: [],
    };
    plugin?.()({ type: 'root', children: [term] });
    expect(term.attributes.map((attribute) => attribute.name)).toEqual(['id', 'term', 'definition']);
  }, 60_000);
});
