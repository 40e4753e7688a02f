// cspell:words respident
/**
 * Test helper: every item of a QTI package scored by a strict QTI 1.2 reader (qti12Score.ts) on
 * right and wrong responses built from the site's questions.
 */
import { unzipSync } from 'fflate';
import type { Question } from '../../../../src/quiz/schema';
import { parseXml } from '../testFixtures';
import { materialText } from './canvasQti';
import { everydayForms, expectedImport } from './expected';
import { qti12Score, type Responses } from './qti12Score';

const items = (zip: Uint8Array) =>
  Object.entries(unzipSync(zip))
    .filter(([name]) => name !== 'imsmanifest.xml' && !name.endsWith('assessment_meta.xml'))
    .flatMap(([, bytes]) => [
      ...parseXml(new TextDecoder().decode(bytes)).getElementsByTagNameNS('*', 'item'),
    ]);

/** The ident of the choice showing this text, among an item's (or one row's) choices. */
const identOf = (scope: Element, text: string) =>
  [...scope.querySelectorAll('response_label')]
    .find((label) => materialText(label.querySelector('material')) === text)
    ?.getAttribute('ident') ?? `no choice "${text}"`;

/** Right and wrong responses to one item, each with the score it must get (full marks, or less). */
function cases(item: Element, question: Question): { response: Responses; full: boolean; what: string }[] {
  const expected = expectedImport(question, 'canvas');
  const lid = item.querySelector('response_lid, response_str')?.getAttribute('ident') ?? '';
  switch (expected.kind) {
    case 'single':
    case 'multiple': {
      const ids = (expected.choices ?? []).map((choice) => identOf(item, choice.text));
      const right = ids.filter((_, index) => (expected.choices?.[index]?.credit ?? 0) > 0);
      const wrong = ids.filter((id) => !right.includes(id));
      return expected.kind === 'single'
        ? [
            { response: { [lid]: right[0] ?? '' }, full: true, what: 'right choice' },
            ...wrong.map((id) => ({ response: { [lid]: id }, full: false, what: `choice ${id}` })),
          ]
        : [
            { response: { [lid]: right }, full: true, what: 'every right box' },
            ...wrong.map((id) => ({ response: { [lid]: [...right, id] }, full: false, what: `also ${id}` })),
            { response: { [lid]: right.slice(1) }, full: false, what: 'one right box missing' },
          ];
    }
    case 'truefalse': {
      const [yes, no] = [identOf(item, 'True'), identOf(item, 'False')];
      return [
        { response: { [lid]: expected.answer ? yes : no }, full: true, what: 'right answer' },
        { response: { [lid]: expected.answer ? no : yes }, full: false, what: 'wrong answer' },
      ];
    }
    case 'matching': {
      const rows = [...item.querySelectorAll('response_lid')];
      const right: Responses = {};
      for (const row of rows) {
        const term = materialText(row.querySelector(':scope > material'));
        const match = expected.pairs?.find((pair) => pair.term === term)?.match ?? `no item "${term}"`;
        right[row.getAttribute('ident') ?? ''] = identOf(row, match);
      }
      const [first, second] = Object.keys(right);
      const swapped = {
        ...right,
        [first ?? '']: right[second ?? ''] ?? '',
        [second ?? '']: right[first ?? ''] ?? '',
      };
      const distinct = JSON.stringify(swapped) !== JSON.stringify(right);
      return [
        { response: right, full: true, what: 'every row matched' },
        ...(distinct ? [{ response: swapped, full: false, what: 'two rows swapped' }] : []),
      ];
    }
    case 'short':
      return [
        ...(expected.siteAnswers ?? [])
          .flatMap(everydayForms)
          .map((typed) => ({ response: { [lid]: typed }, full: true, what: `"${typed}"` })),
        { response: { [lid]: 'not the answer' }, full: false, what: 'a wrong answer' },
      ];
    default:
      return [];
  }
}

/** Responses that earn full marks and should not, or should and do not: "<question id>: <what>". */
export function scoringErrors(zip: Uint8Array, questions: readonly Question[]): string[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return items(zip).flatMap((item) => {
    const question = byId.get(item.getAttribute('title') ?? '');
    if (!question) return [`${item.getAttribute('title') ?? ''}: not on the site`];
    return cases(item, question)
      .filter(({ response, full }) => Math.abs(qti12Score(item, response) - 100) < 0.001 !== full)
      .map(({ what, full }) => `${question.id}: ${what} ${full ? 'does not earn' : 'earns'} full marks`);
  });
}

/** The same, as differences to report beside the Canvas round trip. */
export const qtiStrictMismatches = (zip: Uint8Array, questions: readonly Question[]) =>
  scoringErrors(zip, questions).map((error) => `strict QTI 1.2 reader: ${error}`);
