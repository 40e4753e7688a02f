import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatQuizError } from '@site/plugins/course/errors';
import { validateLessons } from '@site/plugins/course/validate';
import QuizEditor from './QuizEditor';

const FIXTURES = path.resolve(__dirname, '../../../../plugins/course/fixtures');
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');
const badFixtures = readdirSync(path.join(FIXTURES, 'bad')).filter((name) => name.endsWith('.mdx'));

/** What `npm run build` prints for one lesson on its own, each message as "line: what is wrong". */
function buildMessages(file: string, source: string): string[] {
  return validateLessons([{ file, source }]).errors.map((error) => {
    const printed = formatQuizError(error);
    const prefix = `${file}:${error.line}  `;
    expect(printed.startsWith(prefix)).toBe(true);
    return `Line ${error.line} ${printed.slice(prefix.length).replaceAll(`${file}:`, 'line ')}`;
  });
}

const verdict = () => screen.getByText(/^The build (accepts|would stop)/);
const shownMessages = () =>
  within(screen.getByRole('list', { name: 'Messages from the build' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the live quiz editor', () => {
  it('has build-validation fixtures to show', () => {
    expect(badFixtures.length).toBeGreaterThan(20);
  });

  for (const name of badFixtures) {
    it(`shows the build's messages for fixtures/bad/${name}, and no preview`, () => {
      const source = read(`bad/${name}`);
      const expected = buildMessages(`docs/${name}`, source);
      render(<QuizEditor initial={source} />);
      if (expected.length === 0) {
        // The cross-file fixtures are wrong only together: one file alone passes the build too.
        expect(name).toMatch(/^cross-file-/);
        expect(verdict()).toHaveTextContent('The build accepts this quiz.');
        return;
      }
      expect(verdict()).toHaveTextContent(/^The build would stop with \d+ messages?:$/);
      expect(shownMessages()).toEqual(expected);
      expect(within(screen.getByRole('region', { name: 'Preview' })).queryByRole('group')).toBeNull();
    });
  }

  it('says at once what is wrong when the author misspells `correct`', () => {
    const source = read('good/all-types.mdx');
    render(<QuizEditor initial={source} />);
    expect(verdict()).toHaveTextContent('The build accepts this quiz.');
    const editor = screen.getByRole('textbox', { name: /Quiz source/ });
    fireEvent.change(editor, { target: { value: source.replace('<Option correct ', '<Option corect ') } });
    expect(shownMessages().join('\n')).toContain('found "corect". Did you mean "correct"?');
    expect(shownMessages().join('\n')).toContain('expected exactly one option marked correct, found 0');
  });

  it('previews what a lesson takes, Markdown and all, without <p> tags', () => {
    render(<QuizEditor initial={read('good/all-types.mdx')} />);
    const preview = screen.getByRole('region', { name: 'Preview' });
    // Every question of the lesson fixture, with its Markdown prompt rendered as in a lesson.
    const first = within(preview).getByRole('group', { name: /Which part of the DPA lets/ });
    expect(within(first).getByText('DPA').tagName).toBe('EM');
    expect(within(first).getByRole('radio', { name: 'Title III' })).toBeInTheDocument();
    expect(within(preview).getAllByRole('group', { name: /^Question \d+ of/ }).length).toBeGreaterThan(5);
    expect(within(preview).getByRole('heading', { level: 2, name: 'Title I' })).toBeInTheDocument();
  });
});
