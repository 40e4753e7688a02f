import { describe, expect, it } from 'vitest';
import {
  escapeGift,
  escapeHtml,
  markdownToGiftHtml,
  markdownToGiftPlain,
  markdownToHtml,
  markdownToInlineHtml,
  markdownToPlainText,
  safeHref,
} from './markup';
import { HOSTILE, HOSTILE_UNBALANCED } from './testFixtures';

/** Every tag in the output, so a test can assert that only the allowed ones appear. */
const tags = (html: string) => [...html.matchAll(/<\/?([a-z]+)/g)].map((match) => match[1]);
const ALLOWED = new Set(['p', 'em', 'strong', 'code', 'a']);

describe('markdownToHtml', () => {
  it('keeps emphasis, strong, code, links and paragraphs', () => {
    expect(markdownToHtml('One *two* **three** `four`\n\nA [link](https://example.org/a?b=1&c=2).')).toBe(
      '<p>One <em>two</em> <strong>three</strong> <code>four</code></p>' +
        '<p>A <a href="https://example.org/a?b=1&amp;c=2">link</a>.</p>',
    );
  });

  it('reduces MDX components to their text', () => {
    expect(markdownToHtml('The <Term id="dpa">*DPA*</Term> applies.')).toBe(
      '<p>The <em>DPA</em> applies.</p>',
    );
  });

  it('keeps the literal text of MDX string expressions and drops code', () => {
    expect(markdownToHtml("Braces {'{'}x{'}'} and {1 + 1}{/* note */}.")).toBe('<p>Braces {x} and .</p>');
  });

  it('drops links that are not http(s), keeping their text', () => {
    expect(markdownToHtml('[a](javascript:alert(1)) [b](./other.mdx) [c](mailto:x@y.z)')).toBe(
      '<p>a b c</p>',
    );
  });

  it('points root-relative links at the site when its URL is known', () => {
    expect(markdownToHtml('[Unit 1](/docs/unit-1)', { siteUrl: 'https://example.org/course/' })).toBe(
      '<p><a href="https://example.org/course/docs/unit-1">Unit 1</a></p>',
    );
  });

  it('writes lists, headings and code blocks with the allowed tags only', () => {
    const html = markdownToHtml('## Heading\n\n- one\n- two\n\n```js\nlet a = "<b>";\n```\n\n> quoted');
    expect(html).toBe(
      '<p><strong>Heading</strong></p><p>• one</p><p>• two</p>' +
        '<p><code>let a = &quot;&lt;b&gt;&quot;;</code></p><p>quoted</p>',
    );
  });

  it.each([HOSTILE, HOSTILE_UNBALANCED])('never lets author HTML through: %s', (text) => {
    const html = markdownToHtml(text);
    expect(tags(html).every((tag) => ALLOWED.has(tag ?? ''))).toBe(true);
    expect(html).not.toMatch(/<(script|img|b)\b|onclick="/i);
  });

  it('drops raw HTML tags of plain Markdown, as it does JSX tags', () => {
    expect(markdownToHtml(HOSTILE_UNBALANCED)).toBe('<p>{  ]]&gt; ~ = # : \\</p>');
    expect(markdownToPlainText(HOSTILE_UNBALANCED)).toBe('{ ]]> ~ = # : \\');
  });
});

describe('markdownToInlineHtml', () => {
  it('leaves out the paragraph around a single paragraph', () => {
    expect(markdownToInlineHtml('Title *I*')).toBe('Title <em>I</em>');
    expect(markdownToInlineHtml('One\n\nTwo')).toBe('<p>One</p><p>Two</p>');
  });
});

describe('markdownToPlainText', () => {
  it('keeps only the words, on one line', () => {
    expect(
      markdownToPlainText('A **bold** [link](https://x.org) and <Term id="t">term</Term>\n\nnext `code`'),
    ).toBe('A bold link and term next code');
  });
});

describe('safeHref', () => {
  it('accepts http and https only', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('HTTP://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('//evil.example/x', { siteUrl: 'https://example.org/' })).toBeUndefined();
    expect(safeHref('/docs', {})).toBeUndefined();
  });
});

describe('GIFT text', () => {
  it('escapes every GIFT control character and folds line breaks', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('writes a leading [ or % as an entity so Moodle reads neither a format nor a weight', () => {
    expect(markdownToGiftHtml('[html] text', { inline: true })).toBe('&\\#91;html] text');
    expect(markdownToGiftHtml('%50% off', { inline: true })).toBe('&\\#37;50% off');
  });

  it('writes plain text escaped, for drop-downs and typed answers', () => {
    expect(markdownToGiftPlain('Title *I* {x}: a=b')).toBe('Title I \\: a\\=b');
  });

  it('escapes HTML before GIFT', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
