/**
 * Checks over every docs file: glossary references resolve, and no run of words is copied from
 * the reference article.
 */
import type { Nodes } from 'mdast';
import { allNodes, jsxElements, stringAttr, type Lesson } from './lessonFiles';

/** The `#x` of a link to the glossary page, or undefined when the link goes elsewhere. */
export function glossaryAnchor(url: string, fromFile: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const target = url.slice(0, hash).replace(/\.mdx?$/, '');
  const inReference = fromFile.startsWith('docs/reference/');
  const isGlossary =
    /(?:^|\/)reference\/glossary$/.test(target) || (inReference && /^(?:\.\/)?glossary$/.test(target));
  return isGlossary ? decodeURIComponent(url.slice(hash + 1)) : undefined;
}

/** `<Term id>` values and glossary link anchors that are not ids in glossary.json. */
export function glossaryProblems(
  docs: Lesson[],
  ids: ReadonlySet<string>,
): { terms: string[]; links: string[] } {
  const terms: string[] = [];
  const links: string[] = [];
  for (const { file, tree, parseError } of docs) {
    if (!tree) {
      terms.push(`${file}: does not parse as MDX, so its terms cannot be checked (${String(parseError)})`);
      continue;
    }
    for (const term of jsxElements(tree, 'Term')) {
      const id = stringAttr(term, 'id');
      const line = term.position?.start.line ?? '?';
      if (id === undefined) terms.push(`${file}:${line}: <Term> without an id="…"`);
      else if (!ids.has(id))
        terms.push(`${file}:${line}: <Term id="${id}"> is not in src/data/glossary.json`);
    }
    const urls = allNodes(tree).flatMap((node): { url: string; node: Nodes }[] => {
      if (node.type === 'link' || node.type === 'definition') return [{ url: node.url, node }];
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
      const href = stringAttr(node, 'href') ?? stringAttr(node, 'to');
      return href === undefined ? [] : [{ url: href, node }];
    });
    for (const { url, node } of urls) {
      const anchor = glossaryAnchor(url, file);
      if (anchor !== undefined && !ids.has(anchor)) {
        links.push(`${file}:${node.position?.start.line ?? '?'}: link ${url} points at no glossary id`);
      }
    }
  }
  return { terms, links };
}

/** Crudely removes MDX/Markdown syntax, keeping prose (including prose in attributes like feedback="…"). */
export function stripMarkup(source: string): string {
  return source
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\\?\{#[^}]*\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) =>
      [...tag.matchAll(/"([^"]*)"/g)]
        .map((match) => match[1] ?? '')
        .filter((value) => value.includes(' '))
        .join(' . '),
    );
}

/** Lowercase words ([a-z0-9']+), curly quotes mapped to straight, quote marks around a word dropped. */
export function words(text: string): string[] {
  const plain = text
    .toLowerCase()
    .replace(/[‘’ʼ′]|&apos;|&#39;|&rsquo;|&lsquo;/g, "'")
    .replace(/[“”″]|&quot;|&ldquo;|&rdquo;/g, '"');
  return (plain.match(/[a-z0-9']+/g) ?? []).map((word) => word.replace(/^'+|'+$/g, '')).filter(Boolean);
}

/** Each maximal run of at least `size` consecutive words of `doc` that also appears in `article`. */
export function copiedRuns(article: string, doc: string, size = 12): string[] {
  const source = words(article);
  const grams = new Set<string>();
  for (let i = 0; i + size <= source.length; i += 1) grams.add(source.slice(i, i + size).join(' '));
  const text = words(stripMarkup(doc));
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + size <= text.length; i += 1) {
    if (!grams.has(text.slice(i, i + size).join(' '))) continue;
    if (start >= 0 && i < end) {
      end = i + size;
      continue;
    }
    if (start >= 0) runs.push(text.slice(start, end).join(' '));
    start = i;
    end = i + size;
  }
  if (start >= 0) runs.push(text.slice(start, end).join(' '));
  return runs;
}
