/**
 * Parses a lesson the way Docusaurus's MDX loader does (same micromark extensions: front matter,
 * directives, GFM, `<!-- -->` comments, MDX), so what passes here parses there and line numbers
 * match what the author sees in the editor.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkComment from '@slorber/remark-comment';
import remarkMdx from 'remark-mdx';

export type MarkdownFormat = 'mdx' | 'md';

export type ParseResult = { ok: true; tree: Root } | { ok: false; line: number; reason: string };

// Same order as @mdx-js/mdx under Docusaurus: remark-mdx first, the comment syntax last, so
// `<!--` is claimed by the comment extension before MDX JSX sees a tag.
const syntax = (mdx: boolean) => {
  const base = unified().use(remarkParse);
  return (mdx ? base.use(remarkMdx) : base)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkComment)
    .freeze();
};

const processors = { mdx: syntax(true), md: syntax(false) };

/**
 * Docusaurus escapes `{#anchor}` heading ids before MDX sees them (mdx1Compat.headingIds), or
 * MDX would read them as JavaScript. Its escape adds a character; this one swaps `{` for `\`
 * so every offset stays where it was and text can be sliced from the original source.
 */
export function neutralizeHeadingIds(source: string): string {
  return source.replace(/^#{1,6}(?!#).*/gm, (heading) => heading.replace('{#', '\\#'));
}

function syntaxErrorLine(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'line' in error && typeof error.line === 'number') {
    return error.line;
  }
  return 1;
}

/** Parses MDX (or plain Markdown) into mdast with positions; a syntax error comes back, not thrown. */
export function parseLesson(source: string, format: MarkdownFormat = 'mdx'): ParseResult {
  try {
    return { ok: true, tree: processors[format].parse(neutralizeHeadingIds(source)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, line: syntaxErrorLine(error), reason };
  }
}
