// cspell:words varequal
/**
 * Test helper: one answer key changed in the real export, the way a bug in an exporter would, and
 * the reader of that format run on the result. The import checks must notice every one.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Question } from '../../../../src/quiz/schema';
import { qtiStrictMismatches } from './qtiStrict';
import type { RealExports } from './realExports';
import { canvasMismatches, giftMismatches, moodleXmlMismatches } from './roundTrip';

/** Applies `change` to the first block matching `block` (a regexp with the `s` flag). */
function inFirst(text: string, block: RegExp, change: (part: string) => string): string {
  const match = block.exec(text);
  if (!match) throw new Error(`no block ${String(block)}`);
  return text.slice(0, match.index) + change(match[0]) + text.slice(match.index + match[0].length);
}

/** Swaps the first two different captures of `pattern` (global) inside a block. */
function swapFirstTwo(part: string, pattern: RegExp): string {
  const found = [...part.matchAll(pattern)];
  const first = found[0];
  const second = found.find((candidate) => candidate[1] !== first?.[1]);
  if (!first?.[1] || !second?.[1]) throw new Error('nothing to swap');
  const [a, b] = [first[1], second[1]];
  return part.replace(pattern, (whole: string, value: string) =>
    value === a ? whole.replace(a, b) : value === b ? whole.replace(b, a) : whole,
  );
}

/** The real QTI zip with one assessment changed. */
function qtiWith(zip: Uint8Array, block: RegExp, change: (part: string) => string): Uint8Array {
  const files = unzipSync(zip);
  const name = Object.keys(files).find((file) => block.test(new TextDecoder().decode(files[file])));
  if (!name) throw new Error(`no assessment has ${String(block)}`);
  files[name] = new TextEncoder().encode(inFirst(new TextDecoder().decode(files[name]), block, change));
  return zipSync(files);
}

const XML_TRUEFALSE = /<question type="truefalse">.*?<\/question>/s;
const XML_MATCHING = /<question type="matching">.*?<\/question>/s;
const XML_SHORT = /<question type="shortanswer">.*?<\/question>/s;
const GIFT_TRUEFALSE = /\{\n\t(TRUE|FALSE)\n/;
const GIFT_MATCHING = /\{\n(\t=[^\n]* -> [^\n]*\n)+/;
const GIFT_SHORT = /::u\d[^\n]*short[^\n]*\{\n(\t=[^\n]*\n)+/;
const QTI_ITEM = (type: string) =>
  new RegExp(`<item [^>]*>(?:(?!</item>).)*?<fieldentry>${type}</fieldentry>.*?</item>`, 's');

export interface Mutation {
  name: string;
  apply: (real: RealExports) => (questions: readonly Question[]) => string[];
}

/** Answer-key changes a bug in an exporter could make; each returns the differences its reader finds. */
export const mutations: Mutation[] = [
  {
    name: 'Moodle XML: a true/false answer inverted',
    apply: (real) => {
      const xml = inFirst(real.text('course-moodle.xml'), XML_TRUEFALSE, (part) =>
        part.replace(
          /fraction="(100|0)"/g,
          (_, value: string) => `fraction="${value === '100' ? '0' : '100'}"`,
        ),
      );
      return (questions) => moodleXmlMismatches(xml, questions);
    },
  },
  {
    name: 'Moodle XML: two matching answers swapped',
    apply: (real) => {
      const xml = inFirst(real.text('course-moodle.xml'), XML_MATCHING, (part) =>
        swapFirstTwo(part, /<answer>\s*<text><!\[CDATA\[(.*?)\]\]><\/text>/g),
      );
      return (questions) => moodleXmlMismatches(xml, questions);
    },
  },
  {
    name: 'Moodle XML: short answers worth nothing',
    apply: (real) => {
      const xml = inFirst(real.text('course-moodle.xml'), XML_SHORT, (part) =>
        part.replace(/fraction="100"/g, 'fraction="0"'),
      );
      return (questions) => moodleXmlMismatches(xml, questions);
    },
  },
  {
    name: 'GIFT: a true/false answer inverted',
    apply: (real) => {
      const gift = inFirst(real.text('course.gift'), GIFT_TRUEFALSE, (part) =>
        part.includes('TRUE') ? part.replace('TRUE', 'FALSE') : part.replace('FALSE', 'TRUE'),
      );
      return (questions) => giftMismatches(gift, questions);
    },
  },
  {
    name: 'GIFT: two matching answers swapped',
    apply: (real) => {
      const gift = inFirst(real.text('course.gift'), GIFT_MATCHING, (part) =>
        swapFirstTwo(part, / -> ([^\n]*)/g),
      );
      return (questions) => giftMismatches(gift, questions);
    },
  },
  {
    name: 'GIFT: short answers worth nothing',
    apply: (real) => {
      const gift = inFirst(real.text('course.gift'), GIFT_SHORT, (part) =>
        part.replace(/\n\t=/g, '\n\t=%0%'),
      );
      return (questions) => giftMismatches(gift, questions);
    },
  },
  {
    name: 'QTI: a true/false answer inverted',
    apply: (real) => {
      const zip = qtiWith(real.bytes('course-qti.zip'), QTI_ITEM('true_false_question'), (part) =>
        part.replace(
          /(<respcondition continue="No">\s*<conditionvar>\s*<varequal respident="response1">)([12])</,
          (_, head: string, id: string) => `${head}${id === '1' ? '2' : '1'}<`,
        ),
      );
      return (questions) => [...canvasMismatches(zip, questions), ...qtiStrictMismatches(zip, questions)];
    },
  },
  {
    name: 'QTI: two matching keys swapped',
    apply: (real) => {
      const zip = qtiWith(real.bytes('course-qti.zip'), QTI_ITEM('matching_question'), (part) =>
        swapFirstTwo(part, /<varequal respident="response_\d+">(\d+)<\/varequal>/g),
      );
      return (questions) => [...canvasMismatches(zip, questions), ...qtiStrictMismatches(zip, questions)];
    },
  },
  {
    name: 'QTI: a short answer key misspelt',
    apply: (real) => {
      const zip = qtiWith(real.bytes('course-qti.zip'), QTI_ITEM('short_answer_question'), (part) =>
        part.replace(/(<varequal respident="response1">)([^<]*)</g, '$1$2 typo<'),
      );
      return (questions) => [...canvasMismatches(zip, questions), ...qtiStrictMismatches(zip, questions)];
    },
  },
  {
    name: 'QTI: a short answer key that needs every answer at once (<and> for <or>)',
    apply: (real) => {
      const zip = qtiWith(real.bytes('course-qti.zip'), QTI_ITEM('short_answer_question'), (part) =>
        part.replace('<or>', '<and>').replace('</or>', '</and>'),
      );
      return (questions) => [...canvasMismatches(zip, questions), ...qtiStrictMismatches(zip, questions)];
    },
  },
];
