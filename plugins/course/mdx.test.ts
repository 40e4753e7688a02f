// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutralizeHeadingIds, parseLesson } from './mdx';

describe('neutralizeHeadingIds', () => {
  it('hides {#anchor} heading ids from MDX without moving any character', () => {
    const source = '## Title I {#title-i}\n\nText with {#not-a-heading}.\n';
    const result = neutralizeHeadingIds(source);
    expect(result).toBe('## Title I \\#title-i}\n\nText with {#not-a-heading}.\n');
    expect(result).toHaveLength(source.length);
  });
});

describe('parseLesson', () => {
  it('parses front matter, heading ids and HTML comments as Docusaurus does', () => {
    const parsed = parseLesson('---\ntitle: T\n---\n\n## A {#a}\n\n<!-- note -->\n\n<Quiz id="q" />\n');
    expect(parsed.ok && parsed.tree.children.map((node) => node.type)).toEqual([
      'yaml',
      'heading',
      'mdxJsxFlowElement',
    ]);
  });

  it('returns a syntax error with its line instead of throwing', () => {
    expect(parseLesson('line one\n\n<Quiz id="q">\n\n<Question>\n\n</Quiz>\n')).toMatchObject({
      ok: false,
      line: 7,
    });
  });
});
