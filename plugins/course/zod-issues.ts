/**
 * Turns zod issues into the same {line, field, expected, found, message} form as every other
 * quiz error. zod's own text ("Invalid input: expected string, received undefined") is written
 * for programmers; authors get the element or attribute to add and how to write it.
 */
import type { z } from 'zod';
import { quizError, type ErrorContext, type QuizError } from './errors';
import type { ExtractedQuiz } from './extracted';
import { fieldName, lineAt } from './source-lines';
import { closestMatch } from './suggest';

type Issue = z.core.$ZodIssue;

/** What to add when a field is missing, and how to fix it when it is wrong. */
const FIELD_HELP: Record<string, { missing?: string; empty?: string; fix: string }> = {
  id: {
    missing: 'an id attribute',
    fix: 'Add id="…": lowercase words joined by hyphens, unique on the site.',
  },
  type: { missing: 'a type attribute', fix: 'Add type="single" (or another type).' },
  prompt: {
    missing: 'a prompt',
    fix: 'Write the question as Markdown right after the opening <Question> tag, then a blank line.',
  },
  explanation: {
    missing: 'an <Explanation>',
    empty: 'Write the explanation between <Explanation> and </Explanation>.',
    fix: 'Add <Explanation>…</Explanation> saying why the answer is right and why the tempting wrong answers are wrong.',
  },
  answer: { missing: 'an answer attribute', fix: 'Write answer="true" or answer="false" on the <Question>.' },
  categories: {
    missing: 'a categories attribute',
    fix: 'List two or more names: categories="Fact | Opinion".',
  },
  options: { fix: 'Give the question at least two <Option> elements, one per line.' },
  items: { fix: 'Give at least two <Item> elements, written in the correct order.' },
  pairs: { fix: 'Give at least two <Match term="…">…</Match> elements.' },
  statements: { fix: 'Give at least two <Statement category="…">…</Statement> elements.' },
  answers: { fix: 'Add an <Answer>accepted answer</Answer>.' },
  questions: { fix: 'Add at least one <Question> inside the <Quiz>.' },
  text: { fix: 'Write the text between the opening and closing tags.' },
  match: { fix: 'Write what the term matches between <Match> and </Match>.' },
  term: { missing: 'a term attribute', fix: 'Write <Match term="…">…</Match>.' },
  category: {
    missing: 'a category attribute',
    fix: 'Write <Statement category="…">, using one of the categories.',
  },
  hints: { fix: 'Write the hint between <Hint> and </Hint>, or remove the empty <Hint>.' },
  feedback: { fix: 'Write the feedback, or remove the empty feedback="".' },
  title: { fix: 'Write title="…", or leave it out to use the lesson title.' },
  teaches: { fix: 'Point at a heading anchor in this lesson: teaches="#title-i".' },
  passMark: { fix: 'Write passMark={80}: the percentage needed to pass, from 0 to 100.' },
  points: { fix: 'Write points={2}: a whole number, 1 or more.' },
};

function describe(value: unknown): string {
  if (value === undefined) return 'none';
  if (Array.isArray(value)) return `${value.length}`;
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value);
  return typeof value === 'object' && value !== null ? 'an object' : String(value);
}

function kebab(value: unknown): string {
  const words = String(value)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.join('-') || 'my-quiz-id';
}

function isZodDefault(message: string): boolean {
  return /^(Invalid|Too small|Too big)/.test(message);
}

function explain(issue: Issue, leaf: string): { expected: string; found: string; message: string } {
  const help = FIELD_HELP[leaf];
  const fix = help?.fix ?? `Check ${leaf}.`;
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return { expected: help?.missing ?? `a ${issue.expected}`, found: 'none', message: fix };
      if ((issue.expected === 'number' || issue.expected === 'boolean') && typeof input === 'string') {
        const literal = issue.expected === 'number' ? (Number.isFinite(Number(input)) ? input : '2') : input;
        return {
          expected: `a ${issue.expected} in braces`,
          found: JSON.stringify(input),
          message: `Write ${leaf}={${literal}}: numbers and true/false go in braces, not quotes.`,
        };
      }
      return { expected: `a ${issue.expected}`, found: describe(input), message: fix };
    }
    case 'too_small':
    case 'too_big': {
      const bound =
        issue.code === 'too_small'
          ? `${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`
          : `${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
      const text = issue.origin === 'string' && issue.code === 'too_small' && Number(issue.minimum) <= 1;
      const expected = !isZodDefault(issue.message)
        ? issue.message
        : text
          ? 'some text'
          : `a ${issue.origin === 'number' ? 'number' : 'size'} ${bound}`;
      const empty = typeof input === 'string' && input.trim() === '';
      return { expected, found: describe(input), message: (empty ? help?.empty : undefined) ?? fix };
    }
    case 'invalid_format': {
      const message =
        leaf === 'id' ? `Use lowercase letters, digits and single hyphens, e.g. "${kebab(input)}".` : fix;
      return { expected: issue.message, found: describe(input), message };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value));
      const suggestion =
        typeof input === 'string' ? closestMatch(input, issue.values.map(String)) : undefined;
      const message = suggestion
        ? `Did you mean ${leaf}="${suggestion}"?`
        : `Write ${leaf}=${allowed[0] ?? '""'}.`;
      return { expected: `one of ${allowed.join(', ')}`, found: describe(input), message };
    }
    default:
      return { expected: issue.message, found: describe(input), message: fix };
  }
}

/** Maps one zod issue from validating `quiz.input` to a QuizError with its line and question. */
export function issueToError(issue: Issue, quiz: ExtractedQuiz): QuizError {
  const path = issue.path;
  const context: ErrorContext = { file: quiz.file };
  if (typeof quiz.input.id === 'string') context.quizId = quiz.input.id;
  let relative: readonly PropertyKey[] = path;
  const index = path[0] === 'questions' ? path[1] : undefined;
  if (typeof index === 'number') {
    const id = quiz.input.questions[index]?.id;
    if (typeof id === 'string') context.questionId = id;
    else context.questionIndex = index;
    relative = path.slice(2);
  }
  const leaf = String([...relative].reverse().find((part) => typeof part === 'string') ?? 'quiz');
  const field = fieldName(relative) || 'question';
  return quizError(context, { line: lineAt(quiz.lines, path), field, ...explain(issue, leaf) });
}
