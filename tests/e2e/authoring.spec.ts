import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatQuizError } from '@site/plugins/course/errors';
import { validateLessons } from '@site/plugins/course/validate';
import { test, expect, axeViolations } from './fixtures';

const editorFor = (page: Page) => page.getByRole('textbox', { name: /^Quiz source/ });
const fixture = (name: string) => readFileSync(`plugins/course/fixtures/bad/${name}.mdx`, 'utf8');

/** What `npm run build` says about a lesson made of `source`, without the file name. */
function buildMessages(source: string): string[] {
  const file = 'docs/lesson.mdx';
  return validateLessons([{ file, source }]).errors.map((error) =>
    formatQuizError(error).slice(`${file}:${error.line}  `.length),
  );
}

test('an instructor edits a live example and sees the changed quiz at once, Markdown and all', async ({
  page,
  visit,
}) => {
  await visit('/docs/guides/writing-quizzes');
  const editor = editorFor(page).first();
  await expect(page.getByRole('radio', { name: 'Title I', exact: true }).first()).toBeVisible();
  await editor.fill(
    '<Quiz id="edit">\n\n<Question id="edit-1" type="truefalse" answer="true">\n\nAn *edited* prompt\n\n<Explanation>Why.</Explanation>\n\n</Question>\n\n</Quiz>',
  );
  const question = page.getByRole('group', { name: 'Question 1 of 1 An edited prompt' });
  await expect(question).toBeVisible();
  await expect(question.locator('em')).toHaveText('edited');
  await expect(page.getByText('The build accepts this quiz.').first()).toBeVisible();
});

// Three of the build's validation fixtures, typed into the editor: the build's own message for each.
for (const name of ['no-correct-option', 'unknown-attribute', 'classify-unknown-category']) {
  test(`typing fixtures/bad/${name}.mdx into the live editor shows the build's message`, async ({
    page,
    visit,
  }) => {
    await visit('/docs/guides/writing-quizzes');
    const editor = editorFor(page).first();
    // The live editor is ready once its example is previewed (before that, the guide shows plain code).
    await expect(page.getByRole('radio', { name: 'Title I', exact: true }).first()).toBeVisible();
    const source = fixture(name);
    const expected = buildMessages(source);
    expect(expected.length).toBeGreaterThan(0);
    // All but the last line at once, then the last typed key by key at the end, as an author would.
    const cut = source.trimEnd().lastIndexOf('\n');
    await editor.fill(source.slice(0, cut + 1));
    await editor.press('Control+End');
    await editor.pressSequentially(source.trimEnd().slice(cut + 1));
    await expect(editor).toHaveValue(source.trimEnd());
    const messages = page.getByRole('list', { name: 'Messages from the build' }).first();
    for (const message of expected) await expect(messages).toContainText(message);
    await expect(page.getByText(/^The build would stop with \d+ messages?:$/).first()).toBeVisible();
    // The broken quiz is not shown as if it worked.
    await expect(page.getByRole('region', { name: 'Preview' }).first().getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Writing quizzes' })).toBeVisible();
  });
}

// A sentence of the live quiz editor, which minified code keeps.
const EDITOR_MARK = 'The build accepts this quiz';
// A message of the quiz schema (src/quiz/schema.ts): present wherever the schemas are loaded.
const QUIZ_SCHEMA_MARK = 'at least two options';

/** Records the JavaScript the page loads, so a test can ask which code came with a page. */
function recordScripts(page: Page) {
  // Bodies are read asynchronously, so keep the promises and await them all before looking.
  let bodies: Promise<string | Error>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) {
      bodies.push(
        response.text().catch((error: unknown) => new Error(`${response.url()}: ${String(error)}`)),
      );
    }
  });
  return {
    count: () => bodies.length,
    // A body that could not be read fails the test: read as empty, it would pass every "not loaded".
    loaded: async (mark: string) =>
      (await Promise.all(bodies)).some((body) => {
        if (body instanceof Error) throw body;
        return body.includes(mark);
      }),
    forget: () => {
      bodies = [];
    },
  };
}

test('only the instructor guide loads the live quiz editor and the quiz schemas, lesson pages do not', async ({
  page,
  visit,
}) => {
  const scripts = recordScripts(page);
  await visit('/docs/guides/writing-quizzes');
  // The editor is loaded lazily after hydration: wait until it is on screen.
  await expect(editorFor(page).first()).toBeVisible();
  // It checks its quizzes with the build's validator, schemas included.
  await expect(page.getByText('The build accepts this quiz.').first()).toBeVisible();
  expect(await scripts.loaded(EDITOR_MARK)).toBe(true);
  expect(await scripts.loaded(QUIZ_SCHEMA_MARK)).toBe(true);
  scripts.forget();
  await visit('/docs/unit-1-two-levers/defense-production-act');
  // The lesson's quiz works: the build checked it, so the page only fills in its defaults.
  const option = page
    .locator('section[data-quiz-id]')
    .getByRole('group', { name: /^Question 1 of/ })
    .getByRole('radio')
    .first();
  await option.check();
  await expect(option).toBeChecked();
  await page.waitForLoadState('networkidle');
  expect(scripts.count()).toBeGreaterThan(0);
  expect(await scripts.loaded(EDITOR_MARK)).toBe(false);
  expect(await scripts.loaded(QUIZ_SCHEMA_MARK)).toBe(false);
});

// The highlighter (Prism) loads only on pages with a code block (plugins/prism-on-demand.ts).
test('code blocks are highlighted on a full load and after moving there from a lesson', async ({
  page,
  visit,
}) => {
  const errorBlock = page.locator('pre.prism-code').filter({ hasText: 'expected exactly one option' });
  await visit('/docs/guides/for-instructors');
  await expect(errorBlock).toBeVisible();
  await expect(errorBlock.locator('.token-line').first()).toBeVisible();

  // A lesson loads no highlighter; following a link to the guide loads it and highlights the block.
  await visit('/docs/unit-1-two-levers/defense-production-act');
  await page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'For instructors' })).toBeVisible();
  await expect(errorBlock).toBeVisible();
  await expect(page.getByRole('button', { name: /copy/i }).first()).toBeAttached();
});

test('on a slow connection the guide’s code shows as plain text a keyboard user can scroll, then highlighted', async ({
  page,
  visit,
}) => {
  // Hold back every chunk but the main bundle, as a slow network would: once the page hydrates, its
  // code blocks wait for the highlighter and the live editor with the plain code on screen.
  await page.route(/\/assets\/js\/(?!main|runtime).*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await visit('/docs/guides/writing-quizzes');
  const plain = page.locator('.theme-doc-markdown > pre');
  await expect(plain.first()).toBeVisible();
  expect(await axeViolations(page, '.theme-doc-markdown')).toEqual([]);
  await expect(page.locator('pre.prism-code').first()).toBeVisible({ timeout: 20_000 });
  await expect(plain).toHaveCount(0);
});
