// cspell:words apos
/** Small helpers for writing XML by hand: escaping, identifiers and indentation. */

/** Drops the characters XML 1.0 cannot hold at all: control characters other than tab and line breaks, lone surrogates. */
const dropInvalidXmlChars = (text: string) =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/**
 * Escapes text for element content and double-quoted attributes, and drops what XML cannot hold.
 * Line breaks become character references, so indenting the markup never changes text.
 */
export function escapeXml(text: string): string {
  return dropInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/**
 * Text as one or more CDATA sections, as Moodle's own exporter writes it (qformat_xml::xml_escape):
 * no entities, so an XML reader that hands text over piece by piece cannot split it at each one.
 * A `]]>` inside the text ends one section and starts the next.
 */
export function cdata(text: string): string {
  return `<![CDATA[${dropInvalidXmlChars(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** An identifier valid as an XML NCName: starts with a letter, then letters, digits, `-`, `_` and `.` only. */
export function xmlIdent(prefix: string, id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z]/.test(prefix) ? `${prefix}${safe}` : `x${prefix}${safe}`;
}

/** An element with escaped text content and attributes; `undefined` attributes are left out. */
export function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  text?: string,
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

/** Wraps already-built child elements, indenting each line by two spaces. */
export function wrap(
  name: string,
  attributes: Record<string, string | number | undefined>,
  children: string[],
): string {
  const open = element(name, attributes).replace(/\/>$/, '>');
  const body = children.flatMap((child) => child.split('\n')).map((line) => `  ${line}`);
  return [open, ...body, `</${name}>`].join('\n');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
