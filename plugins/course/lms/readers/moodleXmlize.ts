/**
 * Test helper: how Moodle's XML reader sees a file's text, for the documents the exporter writes.
 *
 * Moodle parses with PHP's expat in 4096-byte chunks (lib/xmlize.php, core_xml_parser::parse).
 * Expat hands the text of an element to the character-data handler in pieces: every entity or
 * character reference is a piece of its own, so is every line break (inside CDATA too), and a
 * piece ends at each chunk boundary. The handler (core_xml_parser::handle_characterdata) keeps a
 * piece only if trim() leaves something, and joins the pieces it keeps. This module splits text
 * the same way; it reads elements, attributes, text, references, CDATA, comments and the XML
 * declaration, which is all the exporter writes.
 */
import { phpTrim } from './imported';

export interface XmlizeNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlizeNode[];
  /** Every piece expat hands over, in order. */
  pieces: string[];
  /** The text Moodle keeps: the pieces that are not only white space, joined. */
  text: string;
  /** What a conforming XML parser reads: all pieces joined. */
  fullText: string;
}

const CHUNK = 4096;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeReference(reference: string): string {
  const body = reference.slice(1, -1);
  if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
  const char = ENTITIES[body];
  if (char === undefined) throw new Error(`unknown entity ${reference}`);
  return char;
}

/** UTF-8 byte offset of every UTF-16 index of the source. */
function byteOffsets(source: string): Uint32Array {
  const offsets = new Uint32Array(source.length + 1);
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    const size =
      code < 0x80
        ? 1
        : code < 0x800
          ? 2
          : code >= 0xd800 && code < 0xdc00
            ? 4
            : code >= 0xdc00 && code < 0xe000
              ? 0
              : 3;
    offsets[index + 1] = (offsets[index] ?? 0) + size;
  }
  return offsets;
}

/**
 * Splits source[start, end) where a chunk boundary falls: before the character whose bytes hold the
 * boundary (expat hands over the data it has up to the end of a chunk, never half a character).
 */
function splitAtChunks(source: string, offsets: Uint32Array, start: number, end: number): string[] {
  const chunkBefore = (byte: number) => Math.floor((byte - 1) / CHUNK);
  const out: string[] = [];
  let from = start;
  for (let index = start + 1; index < end; index += 1) {
    if (chunkBefore(offsets[index + 1] ?? 0) !== chunkBefore(offsets[index] ?? 0)) {
      out.push(source.slice(from, index));
      from = index;
    }
  }
  out.push(source.slice(from, end));
  return out;
}

/** Character data source[start, end), with or without references (CDATA has none), as expat's pieces. */
function pieces(
  source: string,
  offsets: Uint32Array,
  start: number,
  end: number,
  references: boolean,
): string[] {
  const out: string[] = [];
  const pattern = references ? /&[^;]+;|\r\n|\r|\n/g : /\r\n|\r|\n/g;
  pattern.lastIndex = start;
  let from = start;
  for (let match = pattern.exec(source); match && match.index < end; match = pattern.exec(source)) {
    if (match.index > from) out.push(...splitAtChunks(source, offsets, from, match.index));
    out.push(match[0].startsWith('&') ? decodeReference(match[0]) : '\n');
    from = match.index + match[0].length;
  }
  if (end > from) out.push(...splitAtChunks(source, offsets, from, end));
  return out;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function node(name: string, attributeSource: string): XmlizeNode {
  const attributes: Record<string, string> = {};
  for (const match of attributeSource.matchAll(ATTRIBUTE)) {
    const raw = match[3] ?? match[4] ?? '';
    attributes[match[1] ?? ''] = raw.replace(/&[^;]+;/g, decodeReference);
  }
  return { name, attributes, children: [], pieces: [], text: '', fullText: '' };
}

/** Parses a document as Moodle's reader does; returns the root element. */
export function xmlize(source: string): XmlizeNode {
  const offsets = byteOffsets(source);
  const root = node('#document', '');
  const stack: XmlizeNode[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let index = 0;
  const skipTo = (marker: string) => {
    const found = source.indexOf(marker, index);
    if (found === -1) throw new Error(`unclosed markup at ${index}`);
    index = found + marker.length;
    return found;
  };
  while (index < source.length) {
    if (source.startsWith('<?', index) || source.startsWith('<!--', index)) {
      skipTo(source.startsWith('<?', index) ? '?>' : '-->');
    } else if (source.startsWith('<![CDATA[', index)) {
      const start = index + '<![CDATA['.length;
      index = start;
      const end = skipTo(']]>');
      top().pieces.push(...pieces(source, offsets, start, end, false));
    } else if (source.startsWith('</', index)) {
      const end = skipTo('>');
      const closed = stack.pop();
      const name = source.slice(source.lastIndexOf('</', end) + 2, end).trim();
      if (closed?.name !== name) throw new Error(`</${name}> closes <${closed?.name ?? ''}>`);
    } else if (source[index] === '<') {
      const end = skipTo('>');
      const inner = source.slice(source.lastIndexOf('<', end) + 1, end);
      const selfClosing = inner.endsWith('/');
      const [name = ''] = inner.split(/[\s/]/, 1);
      const element = node(name, inner.slice(name.length));
      top().children.push(element);
      if (!selfClosing) stack.push(element);
    } else {
      const end = source.indexOf('<', index);
      const stop = end === -1 ? source.length : end;
      top().pieces.push(...pieces(source, offsets, index, stop, true));
      index = stop;
    }
  }
  const finish = (element: XmlizeNode) => {
    element.fullText = element.pieces.join('');
    element.text = element.pieces.filter((piece) => phpTrim(piece) !== '').join('');
    element.children.forEach(finish);
  };
  finish(root);
  const [documentElement] = root.children;
  if (!documentElement) throw new Error('no root element');
  return documentElement;
}

/** The first child of that name, like Moodle's `$xml['#'][name][0]`. */
export const child = (element: XmlizeNode | undefined, name: string) =>
  element?.children.find((candidate) => candidate.name === name);
/** Every child of that name. */
export const children = (element: XmlizeNode | undefined, name: string) =>
  element?.children.filter((candidate) => candidate.name === name) ?? [];
/** getpath(..., istext = true): the text Moodle keeps, trimmed; '' when the element is missing. */
export const textOf = (element: XmlizeNode | undefined) => phpTrim(element?.text ?? '');
