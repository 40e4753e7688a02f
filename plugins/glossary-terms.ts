/**
 * A remark plugin that writes each `<Term id="…">`'s glossary term and definition into the lesson
 * at build time. Pages then carry only the definitions they use, not the whole glossary (about
 * 9 KB gzip on every page; README, "Performance"). An unknown id is left as it is: the Term
 * component shows a visible marker, and the content tests name the file and line.
 */
// The extension is written out: Docusaurus loads the config with jiti, which would otherwise
// resolve "glossary" to the raw glossary.json beside it.
import { glossaryById } from '../src/data/glossary.ts';

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdastNode[];
}

const isTerm = (node: MdastNode) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term';

/** Adds `term` and `definition` to one Term element, unless the author wrote them or the id is unknown. */
function fillTerm(node: MdastNode): void {
  const attributes = node.attributes ?? [];
  const id = attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
  )?.value;
  const entry = typeof id === 'string' ? glossaryById.get(id) : undefined;
  if (!entry) return;
  const written = new Set(attributes.map((attribute) => attribute.name));
  for (const [name, value] of [
    ['term', entry.term],
    ['definition', entry.definition],
  ] as const) {
    if (!written.has(name)) attributes.push({ type: 'mdxJsxAttribute', name, value });
  }
  node.attributes = attributes;
}

function walk(node: MdastNode): void {
  if (isTerm(node)) fillTerm(node);
  for (const child of node.children ?? []) walk(child);
}

export default function glossaryTerms() {
  return (tree: MdastNode) => walk(tree);
}
