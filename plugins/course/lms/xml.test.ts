// cspell:words apos
import { describe, expect, it } from 'vitest';
import { element, escapeXml, wrap, xmlIdent } from './xml';
import { parseXml } from './testFixtures';

describe('xml helpers', () => {
  it('escapes markup, quotes and line breaks, and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>]]>\n\u0001\uD800`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;]]&gt;&#10;',
    );
  });

  it('makes identifiers that start with a letter and use name characters only', () => {
    expect(xmlIdent('item-', '1-a')).toBe('item-1-a');
    expect(xmlIdent('1', 'a b/c')).toBe('x1a_b_c');
  });

  it('builds well-formed elements whose text survives a round trip, line breaks included', () => {
    const text = 'a <b> & "c"\n]]> d';
    const xml = wrap('root', { title: text }, [element('child', { empty: undefined }, text)]);
    const doc = parseXml(xml);
    expect(doc.documentElement.getAttribute('title')).toBe(text);
    expect(doc.getElementsByTagName('child')[0]?.textContent).toBe(text);
  });
});
