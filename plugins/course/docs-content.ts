/**
 * Reads the docs plugin's loaded content (handed to every plugin in allContentLoaded, Docusaurus
 * ≥ 3.6), so lesson titles, ids and permalinks are exactly the ones Docusaurus built, number
 * prefixes stripped and base URL included, instead of a second guess from the file names.
 */
import type { AllContent } from '@docusaurus/types';
import type { DocMetadata, LoadedContent, LoadedVersion } from '@docusaurus/plugin-content-docs';
import type { DocInfo } from './manifest';

export const DOCS_PLUGIN_NAME = 'docusaurus-plugin-content-docs';

interface SidebarItemLike {
  type: string;
  id?: string;
  items?: SidebarItemLike[];
  link?: { type: string; id?: string };
}

/** Doc ids in the order the sidebars list them, a category's own page before its items. */
export function sidebarDocOrder(sidebars: Record<string, SidebarItemLike[]>): string[] {
  const order: string[] = [];
  const visit = (items: SidebarItemLike[]) => {
    for (const item of items) {
      if ((item.type === 'doc' || item.type === 'ref') && item.id) order.push(item.id);
      if (item.type === 'category') {
        if (item.link?.type === 'doc' && item.link.id) order.push(item.link.id);
        visit(item.items ?? []);
      }
    }
  };
  for (const items of Object.values(sidebars)) visit(items);
  return [...new Set(order)];
}

/** `@site/docs/unit-1/01-dpa.mdx` → `docs/unit-1/01-dpa.mdx`, the form quiz errors and files use. */
export function siteRelativeFile(source: string): string {
  return source.replace(/^@site\//, '');
}

function docInfo(doc: DocMetadata): DocInfo {
  return { id: doc.id, title: doc.title, permalink: doc.permalink, file: siteRelativeFile(doc.source) };
}

function currentVersion(content: LoadedContent): LoadedVersion | undefined {
  return (
    content.loadedVersions.find((version) => version.versionName === 'current') ?? content.loadedVersions[0]
  );
}

export interface LoadedDocs {
  /** Sidebar order first; docs outside every sidebar after, by position then file. */
  docs: DocInfo[];
  draftFiles: Set<string>;
}

/** The current version's docs from allContent; throws a `[quiz]` error when the docs plugin is missing. */
export function loadedDocs(allContent: AllContent, docsPluginId = 'default'): LoadedDocs {
  const content = allContent[DOCS_PLUGIN_NAME]?.[docsPluginId] as LoadedContent | undefined;
  const version = content ? currentVersion(content) : undefined;
  if (!version) {
    throw new Error(
      `[quiz] The course plugin needs the docs plugin (id "${docsPluginId}"), but it has no loaded content. ` +
        'Keep the classic preset’s docs enabled, or set the course plugin’s docsPluginId option.',
    );
  }
  const rank = new Map(
    sidebarDocOrder(version.sidebars as Record<string, SidebarItemLike[]>).map((id, i) => [id, i]),
  );
  const docs = [...version.docs].sort((a, b) => {
    const byRank = (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity);
    if (byRank !== 0 && !Number.isNaN(byRank)) return byRank;
    const byPosition = (a.sidebarPosition ?? Infinity) - (b.sidebarPosition ?? Infinity);
    if (byPosition !== 0 && !Number.isNaN(byPosition)) return byPosition;
    return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
  });
  return {
    docs: docs.map(docInfo),
    draftFiles: new Set(version.drafts.map((doc) => siteRelativeFile(doc.source))),
  };
}
