/**
 * Test helpers: one shape for a question as an LMS stores it after an import, whichever format it
 * came from, and the text helpers the readers share. Nothing here is shipped to the site.
 */

export type ImportedKind = 'single' | 'multiple' | 'truefalse' | 'matching' | 'ordering' | 'short';

export interface ImportedChoice {
  text: string;
  /** Share of the marks, as the LMS stores it: 1 is full marks, negative takes marks away. */
  credit: number;
  feedback: string;
}

export interface ImportedQuestion {
  /** The question's name (Moodle) or title (Canvas). */
  name: string;
  /** Moodle's "ID number"; undefined where the format has none. */
  idnumber?: string;
  kind: ImportedKind;
  /** Texts as a reader sees them once the HTML is rendered: plain text, spaces collapsed. */
  text: string;
  generalFeedback: string;
  /** Undefined where the format carries no points (GIFT). */
  points?: number;
  choices?: ImportedChoice[];
  answer?: boolean;
  /** Each left-hand item with the match the LMS will mark right. */
  pairs?: { term: string; match: string }[];
  /** Choices in the drop-downs that belong to no item. */
  extraMatches?: string[];
  /** Ordering items in their right order. */
  items?: string[];
  /** The typed answers the LMS stores as right. */
  accepted?: string[];
  /** Whether the LMS gives full marks to this typed answer, by its own comparison. */
  accepts?: (typed: string) => boolean;
}

/** PHP's trim(): space, tab, line feed, carriage return, NUL and vertical tab only. */
// eslint-disable-next-line no-control-regex -- NUL and vertical tab are exactly what PHP trims
export const phpTrim = (text: string) => text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');

/** Ruby's String#strip: ASCII white space and NUL. */
export const rubyStrip = (text: string) => text.replace(/^[\t\n\v\f\r \0]+|[\t\n\v\f\r \0]+$/g, '');

/** Spaces collapsed, ends trimmed: how a reader sees text once a browser renders it. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const BLOCKS = 'p, div, li, br, h1, h2, h3, h4, h5, h6, tr';

/** Rendered HTML as plain text: blocks separated by a space, list bullets written by the export dropped. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return squash(html);
  // A <template> parses without running or fetching anything.
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const block of template.content.querySelectorAll(BLOCKS)) block.after(' ');
  return squash((template.content.textContent ?? '').replace(/(^|\s)• /g, '$1'));
}
