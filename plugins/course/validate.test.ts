// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatQuizError } from './errors';
import { validateLesson, validateLessons } from './validate';

// Each bad fixture pins the exact text an author will read (Docusaurus and Astro pin theirs too).
const source = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const errorsIn = (name: string) =>
  validateLesson(source(`bad/${name}.mdx`), `fixtures/bad/${name}.mdx`).errors.map(formatQuizError);

describe('validateLesson on bad fixtures', () => {
  it('reports a quiz id used twice in one file, naming the first place', () => {
    expect(errorsIn('duplicate-quiz-id')).toEqual([
      'fixtures/bad/duplicate-quiz-id.mdx:15  quiz "twice" › id: expected a quiz id used once on the whole site, found "twice", already used by the quiz at fixtures/bad/duplicate-quiz-id.mdx:1. Ids are the keys of saved progress: give one of them a new id, and keep the id learners already answered.',
    ]);
  });

  it('reports a question id used twice in one file, naming the first place', () => {
    expect(errorsIn('duplicate-question-id')).toEqual([
      'fixtures/bad/duplicate-question-id.mdx:11  quiz "dup-question" › question "same-question" › id: expected a question id used once on the whole site, found "same-question", already used by a question at fixtures/bad/duplicate-question-id.mdx:3 (quiz "dup-question"). Ids are the keys of saved progress: give one of them a new id, and keep the id learners already answered.',
    ]);
  });

  it('reports a single-choice question with no option marked correct', () => {
    expect(errorsIn('no-correct-option')).toEqual([
      'fixtures/bad/no-correct-option.mdx:3  quiz "no-correct" › question "no-correct-q" › options: expected exactly one option marked correct, found 0. Add `correct` to the right <Option>.',
    ]);
  });

  it('reports a single-choice question with two options marked correct, at the second one', () => {
    expect(errorsIn('two-correct-single')).toEqual([
      'fixtures/bad/two-correct-single.mdx:8  quiz "two-correct" › question "two-correct-q" › options: expected exactly one option marked correct, found 2 (lines 7 and 8). Keep `correct` on the one right answer, or use type="multiple" if several are right.',
    ]);
  });

  it('reports a truefalse answer that is neither "true" nor "false"', () => {
    expect(errorsIn('truefalse-bad-answer')).toEqual([
      'fixtures/bad/truefalse-bad-answer.mdx:3  quiz "tf-answer" › question "tf-answer-q" › answer: expected "true" or "false", found "yes". Write answer="true" or answer="false": the answer must be one of the two choices.',
    ]);
  });

  it('reports a statement category that is not among the categories, suggesting the closest', () => {
    expect(errorsIn('classify-unknown-category')).toEqual([
      'fixtures/bad/classify-unknown-category.mdx:7  quiz "classify-category" › question "classify-category-q" › statements[0].category: expected one of the categories "Fact", "Reported claim", "Opinion", found "Facts". Did you mean category="Fact"?',
      'fixtures/bad/classify-unknown-category.mdx:9  quiz "classify-category" › question "classify-category-q" › statements[2].category: expected one of the categories "Fact", "Reported claim", "Opinion", found "Rumour". Use one of the names in the question’s categories="…" exactly, or add this one there.',
    ]);
  });

  it('reports fewer than two options', () => {
    expect(errorsIn('too-few-options')).toEqual([
      'fixtures/bad/too-few-options.mdx:3  quiz "few-options" › question "few-options-q" › options: expected at least two options, found 1. Give the question at least two <Option> elements, one per line.',
    ]);
  });

  it('reports a question without a prompt', () => {
    expect(errorsIn('empty-prompt')).toEqual([
      'fixtures/bad/empty-prompt.mdx:3  quiz "empty-prompt" › question "empty-prompt-q" › prompt: expected a prompt, found none. Write the question as Markdown right after the opening <Question> tag, then a blank line.',
    ]);
  });

  it('reports a missing explanation', () => {
    expect(errorsIn('missing-explanation')).toEqual([
      'fixtures/bad/missing-explanation.mdx:3  quiz "no-explanation" › question "no-explanation-q" › explanation: expected an <Explanation>, found none. Add <Explanation>…</Explanation> saying why the answer is right and why the tempting wrong answers are wrong.',
    ]);
  });

  it('reports unknown attributes with a did-you-mean suggestion', () => {
    expect(errorsIn('unknown-attribute')).toEqual([
      'fixtures/bad/unknown-attribute.mdx:1  quiz "typo-attributes" › passmark: expected one of the attributes of <Quiz>: id, title, passMark, mode, shuffle, found "passmark". Did you mean "passMark"?',
      'fixtures/bad/unknown-attribute.mdx:3  quiz "typo-attributes" › question "typo-attributes-q" › options: expected exactly one option marked correct, found 0. Add `correct` to the right <Option>.',
      'fixtures/bad/unknown-attribute.mdx:7  quiz "typo-attributes" › question "typo-attributes-q" › options[0].corect: expected one of the attributes of <Option>: correct, feedback, found "corect". Did you mean "correct"?',
      'fixtures/bad/unknown-attribute.mdx:8  quiz "typo-attributes" › question "typo-attributes-q" › options[1].colour: expected one of the attributes of <Option>: correct, feedback, found "colour". Remove "colour" or check its spelling.',
    ]);
  });

  it('reports an unknown child element with a did-you-mean suggestion', () => {
    expect(errorsIn('unknown-child')).toEqual([
      'fixtures/bad/unknown-child.mdx:8  quiz "typo-child" › question "typo-child-q" › <Optoin>: expected one of the elements of a "single" question: <Option>, <Hint>, <Explanation>, found <Optoin>. Did you mean <Option>?',
    ]);
  });

  it('reports an Option or Hint outside a Question', () => {
    expect(errorsIn('option-outside-question')).toEqual([
      'fixtures/bad/option-outside-question.mdx:14  quiz "stray-option" › <Option>: expected <Option> directly inside a <Question>, found <Option> inside <Quiz>. Move the <Option> inside the <Question> it belongs to.',
      'fixtures/bad/option-outside-question.mdx:18  <Hint>: expected <Hint> directly inside a <Question>, found <Hint> outside any <Question>. Move the <Hint> inside the <Question> it belongs to.',
    ]);
  });

  it('reports a Question outside a Quiz', () => {
    expect(errorsIn('question-outside-quiz')).toEqual([
      'fixtures/bad/question-outside-quiz.mdx:3  <Question>: expected <Question> directly inside <Quiz>, found <Question> outside any <Quiz>. Wrap the questions in <Quiz id="…"> … </Quiz>.',
    ]);
  });

  it('reports ordering items that repeat, ignoring case and spacing', () => {
    expect(errorsIn('ordering-duplicate-items')).toEqual([
      'fixtures/bad/ordering-duplicate-items.mdx:9  quiz "ordering-dups" › question "ordering-dups-q" › items[2]: expected items that all differ, found "korean  war" again (first on line 7). Reword or remove one of them.',
    ]);
  });

  it('reports matching terms and matches that repeat', () => {
    expect(errorsIn('matching-duplicates')).toEqual([
      'fixtures/bad/matching-duplicates.mdx:9  quiz "matching-dups" › question "matching-dups-q" › pairs[2].term: expected terms that all differ, found "Title I" again (first on line 7). Reword or remove one of them.',
      'fixtures/bad/matching-duplicates.mdx:10  quiz "matching-dups" › question "matching-dups-q" › pairs[3].match: expected matches that all differ, found "Capacity" again (first on line 8). Reword or remove one of them.',
    ]);
  });

  it('reports ids that are not kebab-case, proposing one', () => {
    expect(errorsIn('not-kebab-id')).toEqual([
      'fixtures/bad/not-kebab-id.mdx:1  quiz "DPA_Basics" › id: expected a kebab-case id such as "dpa-title-i", found "DPA_Basics". Use lowercase letters, digits and single hyphens, e.g. "dpa-basics".',
      'fixtures/bad/not-kebab-id.mdx:3  quiz "DPA_Basics" › question "title one" › id: expected a kebab-case id such as "dpa-title-i", found "title one". Use lowercase letters, digits and single hyphens, e.g. "title-one".',
    ]);
  });

  it('refuses attribute expressions that are not plain values', () => {
    expect(errorsIn('non-literal-expression')).toEqual([
      'fixtures/bad/non-literal-expression.mdx:3  quiz "expressions" › passMark: expected a plain value, found the expression {mark}. Write a plain value: passMark="some text", passMark={2} or passMark={true}.',
      'fixtures/bad/non-literal-expression.mdx:5  quiz "expressions" › question "expressions-q" › answer: expected a plain value, found the expression {1 > 0}. Write a plain value: answer="some text", answer={2} or answer={true}.',
      'fixtures/bad/non-literal-expression.mdx:5  quiz "expressions" › question "expressions-q" › points: expected a plain value, found the expression {1 + 1}. Write a plain value: points="some text", points={2} or points={true}.',
    ]);
  });

  it('explains that numbers and booleans go in braces, not quotes', () => {
    expect(errorsIn('quoted-number')).toEqual([
      'fixtures/bad/quoted-number.mdx:1  quiz "quoted" › passMark: expected a number in braces, found "80". Write passMark={80}: numbers and true/false go in braces, not quotes.',
      'fixtures/bad/quoted-number.mdx:1  quiz "quoted" › shuffle: expected a boolean in braces, found "false". Write shuffle={false}: numbers and true/false go in braces, not quotes.',
      'fixtures/bad/quoted-number.mdx:3  quiz "quoted" › question "quoted-q" › points: expected a number in braces, found "2". Write points={2}: numbers and true/false go in braces, not quotes.',
      'fixtures/bad/quoted-number.mdx:3  quiz "quoted" › question "quoted-q" › options: expected exactly one option marked correct, found 0. Add `correct` to the right <Option>.',
      'fixtures/bad/quoted-number.mdx:7  quiz "quoted" › question "quoted-q" › options[0].correct: expected a boolean in braces, found "true". Write correct={true}: numbers and true/false go in braces, not quotes.',
    ]);
  });

  it('reports an unknown type and attributes or children that belong to another type', () => {
    expect(errorsIn('wrong-type')).toEqual([
      'fixtures/bad/wrong-type.mdx:1  quiz "wrong-type" › mode: expected one of "practice", "test", found "exam". Write mode="practice".',
      'fixtures/bad/wrong-type.mdx:3  quiz "wrong-type" › question "wrong-type-q" › type: expected one of single, multiple, truefalse, ordering, matching, classify, short, found type="singel". Did you mean type="single"?',
      'fixtures/bad/wrong-type.mdx:14  quiz "wrong-type" › question "wrong-type-tf" › categories: expected the attributes of a "truefalse" question: id, points, teaches, type, answer, found "categories". "categories" is only used by type="classify" questions; remove it or change the type.',
      'fixtures/bad/wrong-type.mdx:18  quiz "wrong-type" › question "wrong-type-tf" › <Option>: expected the elements of a "truefalse" question: <Hint>, <Explanation>, found <Option>. A true/false question has no options: write answer="true" or answer="false" on the <Question>.',
    ]);
  });

  it('asks for a blank line between the prompt and the options', () => {
    expect(errorsIn('no-blank-line')).toEqual([
      'fixtures/bad/no-blank-line.mdx:6  quiz "no-blank" › question "no-blank-q" › prompt: expected a blank line between the prompt and <Option>, found <Option> in the same paragraph as text. Leave a blank line after the prompt and put each <Option> on its own line.',
    ]);
  });

  it('names the lesson file and line for an MDX syntax error', () => {
    expect(errorsIn('syntax-error')).toEqual([
      'fixtures/bad/syntax-error.mdx:5  MDX: expected valid MDX, found a syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`. Fix the syntax at that line (an unclosed tag, or a { < > character in prose: write &lt; &gt;).',
    ]);
  });

  it('reports empty text and numbers out of range with the allowed range', () => {
    expect(errorsIn('out-of-range')).toEqual([
      'fixtures/bad/out-of-range.mdx:1  quiz "edge" › title: expected some text, found empty text. Write title="…", or leave it out to use the lesson title.',
      'fixtures/bad/out-of-range.mdx:1  quiz "edge" › passMark: expected a number at most 100, found 120. Write passMark={80}: the percentage needed to pass, from 0 to 100.',
      'fixtures/bad/out-of-range.mdx:3  quiz "edge" › question "edge-q" › points: expected a number more than 0, found 0. Write points={2}: a whole number, 1 or more.',
      'fixtures/bad/out-of-range.mdx:3  quiz "edge" › question "edge-q" › teaches: expected an anchor in this lesson such as "#title-i", found "title-i". Point at a heading anchor in this lesson: teaches="#title-i".',
      'fixtures/bad/out-of-range.mdx:7  quiz "edge" › question "edge-q" › options[0].feedback: expected some text, found empty text. Write the feedback, or remove the empty feedback="".',
    ]);
  });

  it('reports every error in a file at once, in line order', () => {
    expect(errorsIn('many-errors')).toEqual([
      'fixtures/bad/many-errors.mdx:5  quiz "Many_Errors" › id: expected a kebab-case id such as "dpa-title-i", found "Many_Errors". Use lowercase letters, digits and single hyphens, e.g. "many-errors".',
      'fixtures/bad/many-errors.mdx:7  quiz "Many_Errors" › question "many-a" › prompt: expected a prompt, found none. Write the question as Markdown right after the opening <Question> tag, then a blank line.',
      'fixtures/bad/many-errors.mdx:7  quiz "Many_Errors" › question "many-a" › explanation: expected an <Explanation>, found none. Add <Explanation>…</Explanation> saying why the answer is right and why the tempting wrong answers are wrong.',
      'fixtures/bad/many-errors.mdx:7  quiz "Many_Errors" › question "many-a" › options: expected at least two options, found 1. Give the question at least two <Option> elements, one per line.',
      'fixtures/bad/many-errors.mdx:7  quiz "Many_Errors" › question "many-a" › options: expected exactly one option marked correct, found 0. Add `correct` to the right <Option>.',
      'fixtures/bad/many-errors.mdx:13  quiz "Many_Errors" › question #2 › id: expected an id attribute, found none. Add id="…": lowercase words joined by hyphens, unique on the site.',
      'fixtures/bad/many-errors.mdx:13  quiz "Many_Errors" › question #2 › options: expected at least one option marked correct, found 0. Add `correct` to every right <Option>.',
      'fixtures/bad/many-errors.mdx:24  quiz "Many_Errors" › question "many-c" › answers: expected at least one accepted answer, found 0. Add an <Answer>accepted answer</Answer>.',
      'fixtures/bad/many-errors.mdx:28  quiz "Many_Errors" › question "many-c" › explanation: expected some text, found empty text. Write the explanation between <Explanation> and </Explanation>.',
    ]);
  });
});

describe('validateLessons across files', () => {
  it('reports quiz and question ids reused in another file, naming both places', () => {
    const lessons = ['cross-file-b', 'cross-file-a'].map((name) => ({
      file: `fixtures/bad/${name}.mdx`,
      source: source(`bad/${name}.mdx`),
    }));
    const { errors } = validateLessons(lessons);
    expect(errors.map(formatQuizError)).toEqual([
      'fixtures/bad/cross-file-b.mdx:7  quiz "shared-quiz" › id: expected a quiz id used once on the whole site, found "shared-quiz", already used by the quiz at fixtures/bad/cross-file-a.mdx:1. Ids are the keys of saved progress: give one of them a new id, and keep the id learners already answered.',
      'fixtures/bad/cross-file-b.mdx:9  quiz "shared-quiz" › question "shared-question" › id: expected a question id used once on the whole site, found "shared-question", already used by a question at fixtures/bad/cross-file-a.mdx:3 (quiz "shared-quiz"). Ids are the keys of saved progress: give one of them a new id, and keep the id learners already answered.',
    ]);
  });

  it('gives each error as structured fields as well as text', () => {
    const [error] = validateLesson(source('bad/two-correct-single.mdx'), 'docs/unit-1/x.mdx').errors;
    expect(error).toEqual({
      file: 'docs/unit-1/x.mdx',
      line: 8,
      quizId: 'two-correct',
      questionId: 'two-correct-q',
      field: 'options',
      expected: 'exactly one option marked correct',
      found: '2 (lines 7 and 8)',
      message: 'Keep `correct` on the one right answer, or use type="multiple" if several are right.',
    });
  });
});

describe('validateLesson on good fixtures', () => {
  it('accepts every question type and applies the schema defaults', () => {
    const { quizzes, errors } = validateLesson(source('good/all-types.mdx'), 'docs/a.mdx');
    expect(errors).toEqual([]);
    const [validated] = quizzes;
    expect(validated?.quiz.questions).toHaveLength(7);
    expect(validated?.quiz.questions[1]).toMatchObject({ id: 'dpa-multiple', points: 1, hints: [] });
    expect(
      validated?.quiz.questions[1]?.type === 'multiple' && validated.quiz.questions[1].options[2],
    ).toEqual({
      text: 'Title IX',
      correct: false,
    });
  });

  it('does not require feedback on wrong options (the content test checks that)', () => {
    expect(validateLesson(source('good/missing-feedback.mdx'), 'docs/b.mdx').errors).toEqual([]);
  });

  it('accepts a lesson with no quiz at all', () => {
    expect(validateLesson('# Just prose {#prose}\n\nNothing to check.\n', 'docs/c.mdx')).toEqual({
      quizzes: [],
      errors: [],
    });
  });
});
