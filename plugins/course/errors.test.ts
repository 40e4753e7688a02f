// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatQuizError, formatQuizErrors, quizError, type QuizError } from './errors';

const error = (file: string, line: number, field = 'options'): QuizError =>
  quizError(
    { file, quizId: 'u1-dpa', questionId: 'u1-dpa-title' },
    { line, field, expected: 'exactly one option marked correct', found: '2', message: 'Keep one.' },
  );

describe('formatQuizError', () => {
  it('prints file:line, quiz › question › field, expected, found and the fix on one line', () => {
    expect(formatQuizError(error('docs/unit-1/x.mdx', 42))).toBe(
      'docs/unit-1/x.mdx:42  quiz "u1-dpa" › question "u1-dpa-title" › options: expected exactly one option marked correct, found 2. Keep one.',
    );
  });

  it('names a question without an id by its position', () => {
    const unnamed = quizError(
      { file: 'a.mdx', quizId: 'q', questionIndex: 2 },
      { line: 9, field: 'id', expected: 'an id attribute', found: 'none', message: 'Add one.' },
    );
    expect(unnamed.questionId).toBe('#3');
    expect(formatQuizError(unnamed)).toBe(
      'a.mdx:9  quiz "q" › question #3 › id: expected an id attribute, found none. Add one.',
    );
  });
});

describe('formatQuizErrors', () => {
  it('lists every error by file and line, then counts errors and files', () => {
    const report = formatQuizErrors([
      error('docs/b.mdx', 3),
      error('docs/a.mdx', 20),
      error('docs/a.mdx', 4),
    ]);
    expect(report.split('\n')).toEqual([
      '[quiz] The quizzes in docs/ have 3 errors in 2 files. Fix each one below, then build again.',
      '',
      formatQuizError(error('docs/a.mdx', 4)),
      formatQuizError(error('docs/a.mdx', 20)),
      formatQuizError(error('docs/b.mdx', 3)),
      '',
      '[quiz] 3 errors in 2 files.',
    ]);
  });

  it('uses the singular for one error in one file', () => {
    expect(
      formatQuizErrors([error('docs/a.mdx', 1)])
        .split('\n')
        .at(-1),
    ).toBe('[quiz] 1 error in 1 file.');
  });
});
