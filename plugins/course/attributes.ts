/**
 * Reads JSX attributes as plain values. Only literals are evaluated: `{80}`, `{true}`, `{'x'}`.
 * Anything else would need running the lesson's JavaScript at build time, and its value could
 * differ from what the page renders, so it is refused with a request to write a plain value.
 */
import type { Expression } from 'estree';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { closestMatch } from './suggest';
import type { ErrorFacts } from './errors';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
export type AttributeValue = string | number | boolean;

export interface AttributeRead {
  values: Record<string, AttributeValue>;
  /** Attribute name → line of the attribute (the element's line when unknown). */
  lines: Record<string, number>;
}

/** The 1-based line a node starts on. */
export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

/** The value of a literal expression (`80`, `-1`, `true`, `'x'`); undefined for anything else. */
export function literalValue(expression: Expression): AttributeValue | undefined {
  if (expression.type === 'Literal') {
    const { value } = expression;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return undefined;
  }
  // A negative number is a unary minus on a literal; let the schema judge whether it is allowed.
  if (expression.type === 'UnaryExpression' && expression.operator === '-') {
    const inner = literalValue(expression.argument);
    return typeof inner === 'number' ? -inner : undefined;
  }
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
  }
  return undefined;
}

function evaluate(program: unknown): AttributeValue | undefined {
  const body = (program as { body?: { type: string; expression?: Expression }[] } | undefined)?.body;
  const statement = body?.length === 1 ? body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement' || !statement.expression) return undefined;
  return literalValue(statement.expression);
}

/**
 * Reads the attributes of `element`; reports unknown names (with a suggestion), non-literal
 * expressions, spreads and repeats through `report`, and leaves those out of the values.
 */
export function readAttributes(
  element: JsxElement,
  allowed: readonly string[],
  report: (facts: ErrorFacts) => void,
): AttributeRead {
  const read: AttributeRead = { values: {}, lines: {} };
  const tag = `<${element.name ?? ''}>`;
  for (const attribute of element.attributes) {
    const line = attribute.position ? lineOf(attribute) : lineOf(element);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report({
        line,
        field: `{${attribute.value}}`,
        expected: 'attributes written as name="value"',
        found: `the expression {${attribute.value}}`,
        message: `Spell out each attribute of ${tag} as name="value".`,
      });
      continue;
    }
    const { name } = attribute;
    if (!allowed.includes(name)) {
      const suggestion = closestMatch(name, allowed);
      report({
        line,
        field: name,
        expected: allowed.length
          ? `one of the attributes of ${tag}: ${allowed.join(', ')}`
          : `no attributes on ${tag}`,
        found: `"${name}"`,
        message: suggestion ? `Did you mean "${suggestion}"?` : `Remove "${name}" or check its spelling.`,
      });
      continue;
    }
    if (Object.hasOwn(read.values, name)) {
      report({
        line,
        field: name,
        expected: `"${name}" once`,
        found: `"${name}" a second time`,
        message: 'Keep one of them; JSX would silently use the last.',
      });
      continue;
    }
    let value: AttributeValue | undefined;
    if (attribute.value === null || attribute.value === undefined) value = true;
    else if (typeof attribute.value === 'string') value = attribute.value;
    else value = evaluate(attribute.value.data?.estree);
    if (value === undefined) {
      const source = typeof attribute.value === 'object' ? (attribute.value?.value ?? '') : '';
      report({
        line,
        field: name,
        expected: 'a plain value',
        found: `the expression {${source.trim()}}`,
        message: `Write a plain value: ${name}="some text", ${name}={2} or ${name}={true}.`,
      });
      continue;
    }
    read.values[name] = value;
    read.lines[name] = line;
  }
  return read;
}
