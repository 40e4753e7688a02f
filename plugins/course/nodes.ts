/**
 * Small helpers over mdast nodes: recognising JSX elements and taking an element's Markdown
 * straight from the source by offsets, so the manifest keeps exactly what the author wrote.
 */
import type { Nodes, Paragraph, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { JsxElement } from './attributes';

/** Whether a node is a JSX element, on its own line (flow) or inside text. */
export function isJsxElement(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The element's tag name; '' for a fragment. */
export function elementName(element: JsxElement): string {
  return element.name ?? '';
}

/** A raw string attribute, read before full validation so errors can name the quiz or question. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name === name &&
      typeof attribute.value === 'string'
    ) {
      return attribute.value;
    }
  }
  return undefined;
}

function isBlankText(node: { type: string }): boolean {
  return node.type === 'text' && 'value' in node && String(node.value).trim() === '';
}

/** Nodes that render nothing: `{/* comments *\/}`, `<!-- comments -->`, imports, blank text. */
export function rendersNothing(node: { type: string }): boolean {
  return ['mdxFlowExpression', 'mdxjsEsm', 'comment'].includes(node.type) || isBlankText(node);
}

/**
 * The JSX elements of a paragraph when they stand alone on their lines (`<Option>…</Option>`
 * lines are parsed as one paragraph of inline elements), else undefined.
 */
export function standaloneElements(paragraph: Paragraph): JsxElement[] | undefined {
  const elements = paragraph.children.filter((child): child is MdxJsxTextElement => isJsxElement(child));
  const rest = paragraph.children.filter((child) => !isJsxElement(child) && !rendersNothing(child));
  return elements.length > 0 && rest.length === 0 ? elements : undefined;
}

/** The elements of a block, as standalone JSX elements or undefined when it is prose. */
export function blockElements(node: RootContent): JsxElement[] | undefined {
  if (isJsxElement(node)) return [node];
  if (node.type === 'paragraph') return standaloneElements(node);
  return undefined;
}

interface Positioned {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

/** The source text from the start of `first` to the end of `last`, trimmed. */
export function sliceSource(source: string, first: Positioned, last: Positioned = first): string {
  const start = first.position?.start.offset;
  const end = last.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end).trim();
}

/** The Markdown between an element's opening and closing tags, trimmed ('' when empty). */
export function innerMarkdown(source: string, element: JsxElement): string {
  const first = element.children[0];
  const last = element.children.at(-1);
  return first && last ? sliceSource(source, first, last) : '';
}

/** A short human name for a block, for "found a paragraph" messages. */
export function describeNode(node: Nodes): string {
  if (isJsxElement(node)) return `<${elementName(node)}>`;
  const names: Record<string, string> = {
    paragraph: 'a paragraph of text',
    heading: 'a heading',
    list: 'a list',
    code: 'a code block',
    table: 'a table',
    blockquote: 'a quotation',
    thematicBreak: 'a --- line',
    containerDirective: 'an admonition (:::)',
  };
  return names[node.type] ?? `a ${node.type}`;
}
