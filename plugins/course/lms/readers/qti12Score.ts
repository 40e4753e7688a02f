// cspell:words conditionvar decvar maxvalue minvalue respcondition respident resprocessing setvar varequal varname
/**
 * Test helper: a strict QTI 1.2 reader's score for one response to an item (IMS QTI ASI 1.2,
 * resprocessing): the tests of a <conditionvar> must all hold, conditions run in order until one
 * that holds says continue="No", and the score stays between the decvar's bounds.
 */

/** A response: a choice's ident, several idents for multiple answers, or typed text. */
export type Responses = Record<string, string | string[]>;

const same = (a: string, b: string, caseSensitive: boolean) =>
  caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();

function holds(test: Element, responses: Responses): boolean {
  const all = () => [...test.children].every((child) => holds(child, responses));
  switch (test.localName) {
    case 'conditionvar':
    case 'and':
      return all();
    case 'or':
      return [...test.children].some((child) => holds(child, responses));
    case 'not':
      return !all();
    case 'other':
      return true;
    case 'varequal': {
      const response = responses[test.getAttribute('respident') ?? ''];
      const value = test.textContent ?? '';
      const caseSensitive = test.getAttribute('case') === 'Yes';
      const given = Array.isArray(response) ? response : response === undefined ? [] : [response];
      return given.some((candidate) => same(candidate, value, caseSensitive));
    }
    default:
      throw new Error(`the strict reader does not know <${test.localName}>`);
  }
}

/** The SCORE a strict QTI 1.2 reader gives this response. */
export function qti12Score(item: Element, responses: Responses): number {
  const decvar = item.querySelector('resprocessing decvar');
  const [min, max] = [
    Number(decvar?.getAttribute('minvalue') ?? -Infinity),
    Number(decvar?.getAttribute('maxvalue') ?? Infinity),
  ];
  let score = Number(decvar?.getAttribute('defaultval') ?? 0);
  for (const condition of item.querySelectorAll('resprocessing > respcondition')) {
    const test = condition.querySelector(':scope > conditionvar');
    if (!test || !holds(test, responses)) continue;
    for (const setvar of condition.querySelectorAll(':scope > setvar')) {
      if ((setvar.getAttribute('varname') ?? 'SCORE') !== 'SCORE') continue;
      const value = Number(setvar.textContent);
      const action = setvar.getAttribute('action') ?? 'Set';
      score =
        action === 'Add'
          ? score + value
          : action === 'Subtract'
            ? score - value
            : action === 'Multiply'
              ? score * value
              : action === 'Divide'
                ? score / value
                : value;
    }
    if (condition.getAttribute('continue') !== 'Yes') break;
  }
  return Math.min(max, Math.max(min, score));
}
