import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainCode } from './PlainCode';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

const LONG_LINE = `const example = "${'a very long line of code '.repeat(20)}";`;

describe('a code block while its highlighter loads', () => {
  it('shows the code, and a keyboard user can reach it to scroll a long line', async () => {
    const { container } = render(<PlainCode>{LONG_LINE}</PlainCode>);
    const block = screen.getByText(LONG_LINE).closest('pre')!;
    expect(block).toHaveAttribute('tabindex', '0');
    await expectNoAxeViolations(container);
  });
});
