/**
 * Renders parsed MDX (what the live editor's author typed) the way a lesson is rendered: through
 * mdast-util-to-hast and hast-util-to-jsx-runtime, the same steps @mdx-js/mdx takes to turn a
 * lesson into React, with the lesson's components. So Markdown works in the editor exactly as in
 * a lesson (paragraphs, emphasis, links, lists), with no `<p>` needed.
 *
 * Nothing the author types is run as code: attribute values are read as literals only (as the
 * build reads them, plugins/course/attributes.ts), and component names are looked up in the list
 * of components a lesson can use.
 */
import type { ComponentType, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Expression } from 'estree';
import type { Root, Nodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { literalValue } from '@site/plugins/course/attributes';

const MDX_NODES = [
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
] as const;

/** A tag the editor does not know renders its content, as a lesson's would look without it. */
function Unknown({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

// `{/* comments */}` and imports render nothing in a lesson; here they are dropped before rendering.
function withoutCode(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((child) => {
    if (child.type === 'mdxjsEsm') return false;
    if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') {
      const body = (child.data?.estree as { body?: unknown[] } | undefined)?.body;
      return Array.isArray(body) && body.length > 0;
    }
    return true;
  }) as typeof node.children;
  for (const child of node.children) withoutCode(child);
}

const WHITESPACE = /^[\t\r\n ]+$/;

/**
 * What @mdx-js/mdx does before rendering (its remark-mark-and-unravel step): a paragraph that holds
 * only tags, such as three `<Option>` lines in a row, is not a paragraph but those tags.
 */
function unravel(node: Nodes): void {
  if (!('children' in node)) return;
  const children: Nodes[] = [];
  for (const child of node.children) {
    const parts = child.type === 'paragraph' ? child.children : null;
    const onlyTags =
      parts !== null &&
      parts.some((part) => part.type === 'mdxJsxTextElement' || part.type === 'mdxTextExpression') &&
      parts.every(
        (part) =>
          part.type === 'mdxJsxTextElement' ||
          part.type === 'mdxTextExpression' ||
          (part.type === 'text' && WHITESPACE.test(part.value)),
      );
    if (!onlyTags) {
      children.push(child);
      continue;
    }
    for (const part of parts) {
      if (part.type === 'mdxJsxTextElement') children.push({ ...part, type: 'mdxJsxFlowElement' } as never);
      else if (part.type === 'mdxTextExpression')
        children.push({ ...part, type: 'mdxFlowExpression' } as never);
    }
  }
  node.children = children as typeof node.children;
  for (const child of node.children) unravel(child);
}

// `## Title {#anchor}`: Docusaurus takes the anchor as the heading's id (mdx1Compat.headingIds);
// the parser has left it as text at the end of the heading (plugins/course/mdx.ts).
const HEADING_ID = /\s*\\?#([\w-]+)\}\s*$/;

function headingIds(node: Nodes): void {
  if (node.type === 'heading') {
    const last = node.children.at(-1);
    const match = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
    if (last?.type === 'text' && match) {
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { id: match[1] } };
    }
  }
  if ('children' in node) for (const child of node.children) headingIds(child);
}

/** React for an MDX tree, with `components` standing for the tags a lesson may use. */
export function renderMdx(tree: Root, components: Record<string, ComponentType<never>>): ReactNode {
  const copy = structuredClone(tree);
  withoutCode(copy);
  unravel(copy);
  headingIds(copy);
  const hast = toHast(copy, { passThrough: [...MDX_NODES] });
  return toJsxRuntime(hast, {
    Fragment,
    jsx,
    jsxs,
    createEvaluater: () => ({
      evaluateExpression(expression: Expression) {
        if (expression.type === 'Identifier') {
          return Object.hasOwn(components, expression.name) ? components[expression.name] : Unknown;
        }
        if (expression.type === 'MemberExpression') return Unknown;
        return literalValue(expression);
      },
      evaluateProgram: () => undefined,
    }),
  });
}
