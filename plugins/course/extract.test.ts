// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuizzes } from './extract';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('extractQuizzes', () => {
  const { quizzes, errors } = extractQuizzes(fixture('good/all-types.mdx'), 'docs/unit-1/01-dpa.mdx');
  const quiz = quizzes[0];

  it('reads a lesson written to the authoring spec without errors', () => {
    expect(errors).toEqual([]);
    expect(quizzes).toHaveLength(1);
    expect(quiz?.input.questions.map((question) => question.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'ordering',
      'matching',
      'classify',
      'short',
    ]);
  });

  it('reads quiz attributes: strings, numbers and booleans in braces', () => {
    expect(quiz?.input).toMatchObject({
      id: 'dpa-basics',
      title: 'DPA basics',
      passMark: 70,
      mode: 'test',
      shuffle: false,
    });
  });

  it('keeps the Markdown source of prompts, options, hints and explanations', () => {
    expect(quiz?.input.questions[0]).toEqual({
      id: 'dpa-title-i-purpose',
      type: 'single',
      teaches: '#title-i',
      points: 2,
      prompt: 'Which part of the *DPA* lets the government require a company to put its orders first?',
      options: [
        { text: 'Title I', correct: true, feedback: 'Right: Title I covers priorities.' },
        { text: 'Title **III**', feedback: 'Title III pays to expand capacity.' },
        { text: 'Title VII', feedback: 'Title VII holds definitions.' },
      ],
      hints: ['Think about which title ranks contracts.', 'It is the first one.'],
      explanation:
        'Title I lets the President require performance of contracts ahead of others.\n\nTitle III is about money, not order.',
    });
  });

  it('reads truefalse answers, classify categories and the other list children', () => {
    const [, , truefalse, ordering, matching, classify, short] = quiz?.input.questions ?? [];
    expect(truefalse).toMatchObject({ answer: false });
    expect(ordering).toMatchObject({ items: ['Korean War', 'DPA passed', 'Title III used for chips'] });
    expect(matching).toMatchObject({
      pairs: [
        { term: 'Title I', match: 'Priorities and allocations' },
        { term: 'Title III', match: 'Expansion of productive capacity' },
      ],
    });
    expect(classify).toMatchObject({
      categories: ['Fact', 'Reported claim', 'Opinion'],
      statements: [
        { text: 'The DPA dates from 1950.', category: 'Fact', feedback: 'It is in the statute.' },
        { text: 'A newspaper reported a plan.', category: 'Reported claim' },
        { text: 'The law is too broad.', category: 'Opinion' },
      ],
    });
    expect(short).toMatchObject({ answers: ['Korean War', 'Korea'] });
  });

  it('counts lines from the top of the file, front matter included', () => {
    expect(quiz?.line).toBe(18);
    expect(quiz?.lines).toMatchObject({
      '': 18,
      passMark: 18,
      'questions.0': 20,
      'questions.0.prompt': 22,
      'questions.0.options.1': 25,
      'questions.0.options.1.feedback': 25,
      'questions.0.hints.1': 30,
      'questions.0.explanation': 32,
      'questions.5.statements.2.category': 93,
      'questions.6.answers.1': 104,
    });
  });

  it('puts each attribute on its own line when the tag spans several lines', () => {
    const source = ['<Quiz', '  id="multi-line"', '  passMark={90}', '>', '', '</Quiz>'].join('\n');
    expect(extractQuizzes(source, 'x.mdx').quizzes[0]?.lines).toMatchObject({ '': 1, id: 2, passMark: 3 });
  });

  it('reads a bare attribute as true and literal expressions as their values', () => {
    const source = `<Quiz id="q" title={'Quoted in braces'} passMark={-5}>\n\n<Question id="a" type="single">\n\nP\n\n<Option correct={true}>A</Option>\n<Option correct>B</Option>\n<Option correct={false}>C</Option>\n\n<Explanation>E</Explanation>\n\n</Question>\n\n</Quiz>\n`;
    const [extracted] = extractQuizzes(source, 'x.mdx').quizzes;
    expect(extracted?.input).toMatchObject({ title: 'Quoted in braces', passMark: -5 });
    expect(extracted?.input.questions[0]?.options).toEqual([
      { text: 'A', correct: true },
      { text: 'B', correct: true },
      { text: 'C', correct: false },
    ]);
  });

  it('keeps plain HTML and inline components in the prompt', () => {
    const source = `<Quiz id="q">\n\n<Question id="a" type="truefalse" answer="true">\n\nIs the <Term id="dpa">DPA</Term> old?\n\n<details>\n\nMore context.\n\n</details>\n\n<Explanation>E</Explanation>\n\n</Question>\n\n</Quiz>\n`;
    const { quizzes: found, errors: problems } = extractQuizzes(source, 'x.mdx');
    expect(problems).toEqual([]);
    expect(found[0]?.input.questions[0]?.prompt).toBe(
      'Is the <Term id="dpa">DPA</Term> old?\n\n<details>\n\nMore context.\n\n</details>',
    );
  });

  it('finds quizzes nested in other blocks, such as an admonition', () => {
    const source = `:::tip\n\n<Quiz id="in-tip">\n\n</Quiz>\n\n:::\n`;
    expect(extractQuizzes(source, 'x.mdx').quizzes.map((found) => found.input.id)).toEqual(['in-tip']);
  });

  it('ignores quiz examples inside code blocks', () => {
    const source = '```mdx\n<Quiz id="example">\n<Option>stray</Option>\n</Quiz>\n```\n';
    expect(extractQuizzes(source, 'x.mdx')).toEqual({ quizzes: [], errors: [] });
  });

  it('refuses a quiz in a file read as plain Markdown', () => {
    const { errors: mdErrors } = extractQuizzes('Text\n\n<Quiz id="x">\n</Quiz>\n', 'docs/a.md', 'md');
    expect(mdErrors.map((error) => [error.line, error.found])).toEqual([
      [3, 'a <Quiz> in a file read as plain Markdown'],
    ]);
  });
});
