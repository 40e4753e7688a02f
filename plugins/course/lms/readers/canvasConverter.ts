// cspell:words conditionvar linkrefid mattext NMTOKEN respcondition respident setvar varequal
/**
 * Test helper: what Canvas's QTI 1.2 → 2.1 converter (instructure/QTIMigrationTool,
 * lib/imsqtiv1.py, which Canvas runs on every QTI 1.2 package) does to the parts of an item that
 * Canvas's importer then reads: identifiers and response conditions.
 */

export const RESPONSE_PREFIX = 'RESPONSE_';
export const FEEDBACK_PREFIX = 'FEEDBACK_';

const NMTOKEN = /[A-Za-z0-9_\-.:]/;
const NMSTART = /[A-Za-z_]/;

/** QTIObjectV1.CheckNMTOKEN: other ASCII becomes "-", and a token that starts badly gets the prefix. */
export function checkNmtoken(token: string, prefix: string): string {
  let out = '';
  for (const char of token.trim()) {
    const ascii = char.charCodeAt(0) < 128;
    const kept = ascii && !NMTOKEN.test(char) ? '-' : char;
    if (out === '' && ascii && !NMSTART.test(kept)) out = prefix;
    out += kept;
  }
  return out;
}

/** QTIObjectV1.ReadIdentifier: CheckNMTOKEN, then colons and full stops become underscores. */
export const readIdentifier = (value: string, prefix: string) =>
  checkNmtoken(value, prefix).replace(/[:.]/g, '_');

/** ResponseThing / ResponseLabel / VarThing first drop a D2L "_ans" or "_str" suffix (D2L_IDENTIFIER_REPLACER). */
export const readResponseIdentifier = (value: string) =>
  readIdentifier(value.replace(/_(?:ans|str)$/i, ''), RESPONSE_PREFIX);

/** A QTI 2 expression, reduced to what Canvas's importer looks at. */
export interface Expression {
  op: 'and' | 'or' | 'not' | 'match' | 'member' | 'stringMatch' | 'true';
  children: Expression[];
  respident?: string;
  value?: string;
}

export interface Condition {
  test: Expression;
  /** setvar on SCORE: `Set` becomes a value, `Add` a sum (SetVar.CloseObject). */
  score: { action: string; value: number }[];
  /** displayfeedback ids, as DisplayFeedback.SetAttribute_linkrefid reads them. */
  feedback: string[];
  continues: boolean;
}

const kids = (element: Element) => [...element.children];

/**
 * VarEqual.CloseObject: against a string response, a stringMatch; against a multiple response, a
 * member; otherwise a match. The value of an identifier test goes through CheckNMTOKEN only.
 */
function expression(
  element: Element,
  cardinality: Map<string, { multiple: boolean; string: boolean }>,
): Expression {
  const children = () => kids(element).map((child) => expression(child, cardinality));
  switch (element.localName) {
    case 'and':
    case 'or':
      return { op: element.localName, children: children() };
    case 'not':
      return { op: 'not', children: children() };
    case 'other':
      return { op: 'true', children: [] };
    case 'varequal': {
      const respident = readResponseIdentifier(element.getAttribute('respident') ?? '');
      const response = cardinality.get(respident);
      const raw = element.textContent ?? '';
      if (response?.string) return { op: 'stringMatch', children: [], respident, value: raw };
      return {
        op: response?.multiple ? 'member' : 'match',
        children: [],
        respident,
        value: checkNmtoken(raw, RESPONSE_PREFIX),
      };
    }
    default:
      throw new Error(`the model does not know <${element.localName}>`);
  }
}

/** Every respcondition of an item, in order; a conditionvar with several tests becomes one implicit `and`. */
export function conditions(item: Element): Condition[] {
  const cardinality = new Map<string, { multiple: boolean; string: boolean }>();
  for (const response of item.querySelectorAll('response_lid, response_str')) {
    cardinality.set(readResponseIdentifier(response.getAttribute('ident') ?? ''), {
      multiple: response.getAttribute('rcardinality') === 'Multiple',
      string: response.localName === 'response_str',
    });
  }
  return [...item.querySelectorAll('respcondition')].map((condition) => {
    const tests = kids(condition.querySelector('conditionvar') as Element).map((test) =>
      expression(test, cardinality),
    );
    return {
      // ConditionVar.CloseObject: "implicit and".
      test: tests.length === 1 && tests[0] ? tests[0] : { op: 'and', children: tests },
      score: [...condition.querySelectorAll('setvar')]
        .filter((setvar) => (setvar.getAttribute('varname') ?? 'SCORE').toUpperCase() === 'SCORE')
        .map((setvar) => ({
          action: (setvar.getAttribute('action') ?? 'Set').toLowerCase(),
          value: Number(setvar.textContent),
        })),
      feedback: [...condition.querySelectorAll('displayfeedback')].map((display) =>
        readIdentifier(display.getAttribute('linkrefid') ?? '', FEEDBACK_PREFIX),
      ),
      continues: condition.getAttribute('continue') === 'Yes',
    };
  });
}

/** Depth-first list of an expression and everything below it, like a CSS descendant query. */
export const descendants = (test: Expression): Expression[] => [test, ...test.children.flatMap(descendants)];
