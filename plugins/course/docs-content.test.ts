// @vitest-environment node
import type { AllContent } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { DOCS_PLUGIN_NAME, loadedDocs, sidebarDocOrder } from './docs-content';

describe('sidebarDocOrder', () => {
  it('lists docs in sidebar order, a category’s own page before its items', () => {
    const sidebars = {
      course: [
        { type: 'doc', id: 'start-here' },
        {
          type: 'category',
          link: { type: 'doc', id: 'unit-1/overview' },
          items: [
            { type: 'doc', id: 'unit-1/dpa' },
            { type: 'link', href: 'https://example.com' },
          ],
        },
      ],
    };
    expect(sidebarDocOrder(sidebars)).toEqual(['start-here', 'unit-1/overview', 'unit-1/dpa']);
  });
});

describe('loadedDocs', () => {
  it('explains what to do when the docs plugin is missing', () => {
    expect(() => loadedDocs({} as AllContent)).toThrow(
      '[quiz] The course plugin needs the docs plugin (id "default"), but it has no loaded content.',
    );
  });

  it('maps docs and drafts to site-relative files', () => {
    const doc = (id: string, source: string) => ({
      id,
      title: id,
      permalink: `/docs/${id}`,
      source,
      sidebarPosition: 1,
    });
    const allContent = {
      [DOCS_PLUGIN_NAME]: {
        default: {
          loadedVersions: [
            {
              versionName: 'current',
              sidebars: {},
              docs: [doc('b', '@site/docs/b.mdx'), doc('a', '@site/docs/a.mdx')],
              drafts: [doc('c', '@site/docs/c.mdx')],
            },
          ],
        },
      },
    } as unknown as AllContent;
    const { docs, draftFiles } = loadedDocs(allContent);
    expect(docs.map((entry) => entry.file)).toEqual(['docs/a.mdx', 'docs/b.mdx']);
    expect([...draftFiles]).toEqual(['docs/c.mdx']);
  });
});
