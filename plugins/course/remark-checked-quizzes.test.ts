import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import { completeCheckedQuiz, questionContentHash } from '../../src/quiz';
import { quizSchema, type QuizInput } from '../../src/quiz/schema';
import { extractQuizzes } from './extract';
import { readLessons } from './files';
import remarkCheckedQuizzes from './remark-checked-quizzes';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const compiled = async (mdx: string) =>
  String(await compile(mdx, { remarkPlugins: [remarkCheckedQuizzes], jsx: true }));

const quiz = (id: string, options: string) => `
<Quiz id="${id}">
  <Question id="${id}-q" type="single">

    Pick one.

    ${options}

    <Explanation>Why.</Explanation>

  </Question>
</Quiz>
`;
const TWO_OPTIONS = '<Option correct>Yes</Option>\n    <Option>No</Option>';

describe('the checked-quizzes remark plugin', () => {
  it('marks a valid quiz, so the page skips validating it again', async () => {
    expect(await compiled(quiz('good', TWO_OPTIONS))).toMatch(/<Quiz id="good" checkedAtBuild>/);
  });

  it('leaves a quiz with a mistake unmarked, so the page shows the author the problem', async () => {
    const out = await compiled(quiz('good', TWO_OPTIONS) + quiz('bad', '<Option correct>Only</Option>'));
    expect(out).toMatch(/<Quiz id="good" checkedAtBuild>/);
    expect(out).toMatch(/<Quiz id="bad">/);
  });

  it('removes a mark the author wrote by hand on a quiz that is wrong', async () => {
    const out = await compiled(
      quiz('bad', '<Option correct>Only</Option>').replace('id="bad"', 'id="bad" checkedAtBuild'),
    );
    expect(out).not.toContain('checkedAtBuild');
  });

  it('marks nothing when the lesson has an error outside any quiz', async () => {
    const out = await compiled(
      `${quiz('good', TWO_OPTIONS)}\n<Question id="stray" type="single">Lost.</Question>\n`,
    );
    expect(out).not.toContain('checkedAtBuild');
  });
});

describe('completing a checked quiz without the schema', () => {
  it('gives what the schema gives, for every quiz in the course', async () => {
    const lessons = await readLessons(site, path.join(site, 'docs'));
    const inputs = lessons.flatMap((lesson) =>
      extractQuizzes(lesson.source, lesson.file, lesson.format).quizzes.map((found) => found.input),
    );
    expect(inputs.length).toBeGreaterThan(10);
    for (const input of inputs) {
      const parsed = quizSchema.parse(input);
      const completed = completeCheckedQuiz(input as unknown as QuizInput);
      expect(completed).toEqual(parsed);
      // The hashes key saved answers: the two paths must agree on them exactly.
      expect(completed.questions.map(questionContentHash)).toEqual(parsed.questions.map(questionContentHash));
    }
  });

  it('fills in every default and trims text an author padded with spaces', () => {
    const input: QuizInput = {
      id: 'padded',
      title: '  Padded  ',
      questions: [
        {
          id: 'p-1',
          type: 'classify',
          prompt: ' Sort. ',
          explanation: ' Why. ',
          categories: [' Fact ', 'Opinion'],
          statements: [
            { text: ' A date ', category: ' Fact ', feedback: ' Dates are facts. ' },
            { text: 'A view', category: 'Opinion' },
          ],
        },
        {
          id: 'p-2',
          type: 'single',
          prompt: 'Pick.',
          explanation: 'Why.',
          hints: [' First hint '],
          options: [
            { text: ' Yes ', correct: true },
            { text: 'No', feedback: ' Not so. ' },
          ],
        },
      ],
    };
    expect(completeCheckedQuiz(input)).toEqual(quizSchema.parse(input));
  });
});
