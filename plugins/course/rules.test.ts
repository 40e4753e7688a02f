// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { questionRuleFindings } from './rules';

const lineOf = () => 1;

describe('questionRuleFindings', () => {
  it('asks a multiple-choice question for at least one correct option', () => {
    const findings = questionRuleFindings(
      { type: 'multiple', options: [{ text: 'A' }, { text: 'B' }] },
      lineOf,
    );
    expect(findings).toEqual([
      {
        path: ['options'],
        expected: 'at least one option marked correct',
        found: '0',
        message: 'Add `correct` to every right <Option>.',
      },
    ]);
  });

  it('finds repeated options and repeated categories', () => {
    const options = questionRuleFindings(
      { type: 'single', options: [{ text: 'A', correct: true }, { text: ' a ' }] },
      lineOf,
    );
    expect(options.map((finding) => finding.path)).toEqual([['options', 1, 'text']]);
    const categories = questionRuleFindings(
      { type: 'classify', categories: ['Fact', 'fact'], statements: [{ text: 'S', category: 'Fact' }] },
      lineOf,
    );
    expect(categories.map((finding) => finding.path)).toEqual([['categories', 1]]);
  });

  it('leaves questions of unknown type and empty lists to the schema', () => {
    expect(questionRuleFindings({ type: 'singel', options: [] }, lineOf)).toEqual([]);
    expect(questionRuleFindings({ type: 'single', options: [] }, lineOf)).toEqual([]);
  });
});
