// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeQuestion } from './grade';
import { QUESTION_TYPES } from './schema';
import { SCORING_RULES } from './scoringRules';
import { matchingQuestion, multipleQuestion, orderingQuestion, shortQuestion } from './testFixtures';

describe('SCORING_RULES', () => {
  it('states a rule for every question type, as a full sentence', () => {
    for (const type of QUESTION_TYPES) expect(SCORING_RULES[type]).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('says ticking every box can earn nothing, which the grader does', () => {
    expect(SCORING_RULES.multiple).toMatch(/ticking every box earns nothing/);
    expect(gradeQuestion(multipleQuestion, { type: 'multiple', choices: [0, 1, 2, 3] }).fraction).toBe(0);
  });

  it('says a wrong tick takes away a share, which the grader does', () => {
    expect(SCORING_RULES.multiple).toMatch(/takes the same share away/);
    expect(gradeQuestion(multipleQuestion, { type: 'multiple', choices: [0, 2, 1] }).fraction).toBe(0.5);
  });

  it('says ordering earns a share per item in place, which the grader does', () => {
    expect(SCORING_RULES.ordering).toMatch(/share of the marks for each item in its right place/);
    expect(gradeQuestion(orderingQuestion, { type: 'ordering', order: [0, 1, 3, 2] }).fraction).toBe(0.5);
  });

  it('says an unmatched term counts as wrong, which the grader does', () => {
    expect(SCORING_RULES.matching).toMatch(/unmatched counts as wrong/);
    expect(SCORING_RULES.classify).toMatch(/unsorted counts as wrong/);
    expect(gradeQuestion(matchingQuestion, { type: 'matching', matches: [0, 1, null] }).correct).toBe(false);
  });

  it('says capitals and surrounding punctuation do not matter, which the grader does', () => {
    expect(SCORING_RULES.short).toMatch(/Capital letters, extra spaces and punctuation around the answer/);
    expect(gradeQuestion(shortQuestion, { type: 'short', text: '  "dpa." ' }).correct).toBe(true);
  });
});
