// cspell:words mdxjs
/**
 * Turns the authors' Markdown (quiz text fields hold MDX source) into what an LMS can store:
 * safe HTML built here from the syntax tree, or plain text. Author HTML and JSX never pass
 * through: a tag becomes its text content, and every character of text is escaped. The only
 * tags that come out are <p>, <em>, <strong>, <code> and <a href="http(s)://…">.
 */
import type { Node } from 'unist';
import { parseLesson } from '../mdx';

interface MarkupNode extends Node {
  value?: unknown;
  url?: unknown;
  alt?: unknown;
  name?: unknown;
  children?: MarkupNode[];
}

export interface MarkupOptions {
  /**
   * Absolute site origin plus base URL (`https://example.org/course/`). When given, root-relative
   * links (`/docs/…`) point back at the site; without it they lose their link and keep their text.
   */
  siteUrl?: string;
}

// Every export reads the same texts (the course file, each quiz file, XML, QTI), and parsing is
// the slow part, so trees are kept; they are never modified. Bounded so a watch session cannot grow it forever.
const parsed = new Map<string, MarkupNode>();
const PARSED_LIMIT = 20_000;

/** Parses like the course plugin does; text that is not valid MDX (a stray `{`) is read as plain Markdown. */
function parse(markdown: string): MarkupNode {
  const known = parsed.get(markdown);
  if (known) return known;
  const mdx = parseLesson(markdown, 'mdx');
  const md = mdx.ok ? mdx : parseLesson(markdown, 'md');
  const tree = md.ok
    ? (md.tree as MarkupNode)
    : { type: 'root', children: [{ type: 'text', value: markdown }] };
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(markdown, tree);
  return tree;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `{'{'}` and `{"text"}` are how MDX authors write literal text; any other expression is code and is dropped. */
function expressionText(value: unknown): string {
  const match = typeof value === 'string' ? /^\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*$/.exec(value) : null;
  return match?.[2]?.replace(/\\(.)/g, '$1') ?? '';
}

/** An http(s) URL, made absolute when it is root-relative and a site URL is known; otherwise undefined. */
export function safeHref(url: string, options: MarkupOptions = {}): string | undefined {
  let resolved: URL;
  try {
    if (/^https?:\/\//i.test(url)) resolved = new URL(url);
    else if (url.startsWith('/') && !url.startsWith('//') && options.siteUrl) {
      const base = new URL(options.siteUrl);
      resolved = new URL(base.pathname.replace(/\/$/, '') + url, base.origin);
    } else return undefined;
  } catch {
    return undefined;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'code',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
]);

const children = (node: MarkupNode): MarkupNode[] => node.children ?? [];

function inlineHtml(node: MarkupNode, options: MarkupOptions): string {
  const inner = () =>
    children(node)
      .map((child) => inlineHtml(child, options))
      .join('');
  switch (node.type) {
    case 'text':
      return escapeHtml(String(node.value ?? ''));
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'inlineCode':
      return `<code>${escapeHtml(String(node.value ?? ''))}</code>`;
    case 'link': {
      const href = safeHref(String(node.url ?? ''), options);
      return href ? `<a href="${escapeHtml(href)}">${inner()}</a>` : inner();
    }
    case 'image':
      return escapeHtml(String(node.alt ?? ''));
    case 'break':
      return ' ';
    case 'html': // raw HTML tags (plain Markdown only): dropped like JSX tags, their text stays
      return '';
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return escapeHtml(expressionText(node.value));
    case 'textDirective': // Docusaurus turns unknown directives back into their text
      return `:${escapeHtml(String(node.name ?? ''))}${inner()}`;
    case 'tableCell':
      return `${inner()} `;
    default:
      return 'children' in node ? inner() : '';
  }
}

/** Block-level walk: every paragraph-like node becomes one `<p>`; containers contribute their blocks. */
function blockHtml(node: MarkupNode, options: MarkupOptions): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'tableRow': {
      const html = inlineHtml(node, options).trim();
      return html === '' ? [] : [`<p>${html}</p>`];
    }
    case 'heading':
      return [`<p><strong>${inlineHtml(node, options).trim()}</strong></p>`];
    case 'code':
      return [`<p><code>${escapeHtml(String(node.value ?? ''))}</code></p>`];
    case 'listItem':
      return children(node)
        .flatMap((child) => blockHtml(child, options))
        .map((html, index) => (index === 0 ? html.replace(/^<p>/, '<p>• ') : html));
    case 'mdxjsEsm':
    case 'thematicBreak':
    case 'yaml':
      return [];
    default: {
      // Containers (root, blockquote, list, JSX flow elements) hold blocks; a run of inline
      // children (JSX text element at the top level) is gathered into one paragraph.
      const out: string[] = [];
      let run: MarkupNode[] = [];
      const flush = () => {
        if (run.length > 0) out.push(...blockHtml({ type: 'paragraph', children: run }, options));
        run = [];
      };
      for (const child of children(node)) {
        if (BLOCKS.has(child.type) || child.type === 'mdxJsxFlowElement' || child.type === 'root') {
          flush();
          out.push(...blockHtml(child, options));
        } else run.push(child);
      }
      flush();
      return out;
    }
  }
}

/** Safe HTML: one `<p>` per paragraph. */
export function markdownToHtml(markdown: string, options: MarkupOptions = {}): string {
  return blockHtml(parse(markdown), options).join('');
}

/** Safe HTML for short text such as a choice: a single paragraph loses its `<p>` wrapper. */
export function markdownToInlineHtml(markdown: string, options: MarkupOptions = {}): string {
  const blocks = blockHtml(parse(markdown), options);
  const only = blocks.length === 1 ? blocks[0] : undefined;
  return only ? only.replace(/^<p>/, '').replace(/<\/p>$/, '') : blocks.join('');
}

function plain(node: MarkupNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return String(node.value ?? '');
    case 'image':
      return String(node.alt ?? '');
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return expressionText(node.value);
    case 'html':
    case 'mdxjsEsm':
    case 'yaml':
      return '';
    case 'textDirective':
      return `:${String(node.name ?? '')}${children(node).map(plain).join('')}`;
    default: {
      const parts = children(node).map(plain);
      // Blocks are separated by a space; a paragraph's or heading's children are inline, so they join as written.
      const inlineChildren = node.type === 'paragraph' || node.type === 'heading';
      return !inlineChildren && (BLOCKS.has(node.type) || node.type === 'root')
        ? parts.join(' ')
        : parts.join('');
    }
  }
}

/** Plain text on one line, for fields an LMS shows without formatting (drop-down choices, typed answers). */
export function markdownToPlainText(markdown: string): string {
  return plain(parse(markdown)).replace(/\s+/g, ' ').trim();
}

/** Escapes GIFT's control characters (`~ = # { } :` and the backslash) and folds line breaks into `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, '\\n');
}

/**
 * Markdown as GIFT text in Moodle's HTML format: safe HTML, then GIFT escapes. A leading `[` or
 * `%` would be read as a format marker or an answer weight, so it is written as an entity.
 */
export function markdownToGiftHtml(
  markdown: string,
  options: MarkupOptions & { inline?: boolean } = {},
): string {
  const html = options.inline ? markdownToInlineHtml(markdown, options) : markdownToHtml(markdown, options);
  return escapeGift(html.replace(/^\[/, '&#91;').replace(/^%/, '&#37;'));
}

/** Markdown as escaped plain GIFT text, for the fields Moodle stores unformatted. */
export function markdownToGiftPlain(markdown: string): string {
  return escapeGift(markdownToPlainText(markdown));
}
