import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations, switchColorScheme } from './fixtures';

// One class, in order: the teacher makes an assignment with a 70% pass mark, three students (each
// test has its own browser context, so its own storage) answer and submit, one of them after
// opening a damaged link, then the teacher grades everything, reloads, and checks the item analysis
// and the CSV against what the students answered. Dates are in the reader's locale: en-GB here.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ locale: 'en-GB' });

const TITLE = 'Week 1: Start here';
const shared = {
  link: '',
  gradebook: '',
  fileA: '',
  corrupt: '',
  codes: [] as string[],
  scores: {} as Record<string, string>,
};

const banner = (page: Page) => page.getByRole('complementary', { name: 'Assignment' });
const quiz = (page: Page) => page.locator('section[data-quiz-id="start-here"]');
const question = (page: Page, id: string) => quiz(page).locator(`li[id="question-${id}"]`);

async function check(item: Locator) {
  await item.getByRole('button', { name: 'Check answer' }).click();
  await expect(item.getByRole('status')).not.toBeEmpty();
}

/** Answers a single-choice or true/false question with the named option. */
async function choose(page: Page, id: string, choice: string) {
  const item = question(page, id);
  await item.getByRole('radio', { name: choice, exact: true }).check();
  await check(item);
}

async function tickAll(page: Page, id: string, choices: string[]) {
  const item = question(page, id);
  for (const choice of choices) await item.getByRole('checkbox', { name: choice, exact: true }).check();
  await check(item);
}

async function type(page: Page, id: string, text: string) {
  const item = question(page, id);
  await item.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await check(item);
}

/** Finishes the attempt; the quiz asks first when questions are left, and these students finish anyway. */
async function finish(page: Page) {
  await quiz(page).getByRole('button', { name: 'Finish and see my result' }).click();
  await quiz(page).getByRole('button', { name: 'Finish anyway' }).click();
  await expect(quiz(page).getByRole('heading', { name: 'Your result' })).toBeFocused();
}

/** From the page the link opened to the assigned quiz, through the banner's checklist. */
async function goToQuiz(page: Page) {
  await banner(page).getByRole('link', { name: 'Start here' }).click();
  await expect(quiz(page)).toBeVisible();
}

async function makeSubmission(page: Page, name: string) {
  await banner(page).getByRole('button', { name: 'Submit to my teacher' }).click();
  await banner(page).getByLabel('Your name').fill(name);
  await banner(page).getByRole('button', { name: 'Make my submission' }).click();
}

/** The best score the banner's checklist shows for the Start here quiz, e.g. "71%". */
async function bestShown(page: Page): Promise<string> {
  const text =
    (await banner(page).getByRole('listitem').filter({ hasText: 'Quiz: Start here' }).textContent()) ?? '';
  return /best score (\d+%)/.exec(text)?.[1] ?? 'Not tried';
}

const codeOf = (page: Page) =>
  banner(page)
    .getByLabel(/submission code/)
    .inputValue();

test('a teacher builds an assignment with a 70% pass mark on /teach', async ({ page, visit, baseURL }) => {
  await visit('/teach');
  const unit1 = page.getByRole('group', { name: 'Unit 1: Two levers', exact: true });
  await unit1.getByRole('checkbox', { name: 'Lesson: Unit 1: Two levers' }).check();
  const startHere = page.getByRole('group', { name: 'Start here', exact: true });
  await startHere.getByRole('checkbox', { name: 'Quiz: Start here' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Selected:' })).toHaveText(
    'Selected: 1 lesson and 1 quiz.',
  );
  await page.getByLabel('Title').fill(TITLE);
  await page.getByLabel('Class name (optional)').fill('10B');
  await page.getByLabel('Due date (optional)').fill('2099-12-31');
  await page.getByLabel('Pass mark (%)').fill('70');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const handout = page.getByRole('region', { name: `Assignment: ${TITLE}` });
  await expect(handout.getByRole('heading', { name: `Assignment: ${TITLE}` })).toBeFocused();
  await expect(handout).toContainText('Due: 31 December 2099');
  await expect(handout).toContainText('Pass mark: 70% in each quiz');
  await expect(handout.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  const link = (await page.locator('#teach-assignment-link').textContent()) ?? '';
  // The link opens the first assigned lesson, not "Start here".
  expect(link.startsWith(`${baseURL}docs/unit-1-two-levers/overview#assignment=a1.`)).toBe(true);
  shared.link = link.slice((baseURL ?? '').length);
  shared.gradebook =
    (await handout
      .getByRole('link', { name: 'Open the gradebook for this assignment' })
      .getAttribute('href')) ?? '';
  // The assignment is listed under "Your assignments", and stays there after a reload.
  await page.reload();
  const saved = page.getByRole('region', { name: 'Your assignments' });
  await expect(saved.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(saved).toContainText('Due 31 December 2099 · Pass mark 70%');
  expect(await axeViolations(page)).toEqual([]);
});

test('student A passes at 70% (not at 80%) and submits a file', async ({ page, visit }, testInfo) => {
  await visit(shared.link);
  await expect(page).toHaveURL(/\/docs\/unit-1-two-levers\/overview$/);
  await expect(banner(page)).toContainText(
    `Assignment: ${TITLE} · Class: 10B · Due 31 December 2099 · Pass mark for this assignment: 70% · 0 of 2 done`,
  );
  // The checklist starts open.
  await expect(banner(page).getByRole('link', { name: 'Start here' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await goToQuiz(page);
  await choose(page, 'sh-progress-server', 'False');
  await choose(page, 'sh-pass-mark', '8 points');
  await choose(
    page,
    'sh-move-device',
    'Export your progress from the Progress page on the school computer, then import the file at home.',
  );
  await tickAll(page, 'sh-why-reported', [
    'The only source is one outlet relying on unnamed officials.',
    'The sources disagree about what happened.',
  ]);
  await type(page, 'sh-label-word', 'Opinion');
  // The quiz and the lesson's footer use the assignment's pass mark, and say whose it is.
  await expect(page.getByText(`pass mark 70% (set by your assignment “${TITLE}”)`)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Lesson progress' })).toContainText(
    `at least the pass mark (70%, set by your assignment “${TITLE}”)`,
  );
  await finish(page);
  await expect(page.getByText(`The pass mark set by your assignment “${TITLE}” is 70%`)).toContainText(
    'passed.',
  );
  shared.scores.A = await bestShown(page);
  // 5 of 7 questions: 71%, below the quiz's own 80% but above this assignment's 70%.
  expect(shared.scores.A).toBe('71%');
  await expect(banner(page)).toContainText('Quiz: Start here (Done: best score 71%, passed (pass mark 70%))');
  await expect(banner(page)).toContainText('2 of 2 done: all finished');
  await makeSubmission(page, 'Ana Lopez');
  await expect(banner(page).getByText('Your submission is ready and complete.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await banner(page).getByRole('button', { name: 'Download the submission file' }).click();
  shared.fileA = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(shared.fileA);
  shared.corrupt = testInfo.outputPath('corrupt.json');
  writeFileSync(shared.corrupt, readFileSync(shared.fileA, 'utf8').replace('"Ana Lopez"', '"Ana Lopes"'));
});

test('student B answers wrongly and submits a code', async ({ page, visit }) => {
  await visit(shared.link);
  await goToQuiz(page);
  await choose(page, 'sh-progress-server', 'True');
  await choose(page, 'sh-pass-mark', '7 points');
  await type(page, 'sh-label-word', 'fact');
  await finish(page);
  shared.scores.B = await bestShown(page);
  await makeSubmission(page, 'Ben, "the" Builder');
  shared.codes.push(await codeOf(page));
});

test('student C opens a damaged link after a good one, keeps the good one, and submits', async ({
  page,
  visit,
}) => {
  await visit(shared.link);
  await goToQuiz(page);
  await choose(page, 'sh-progress-server', 'False');
  await choose(page, 'sh-pass-mark', '7 points');
  await finish(page);
  shared.scores.C = await bestShown(page);

  // One character of the link changed, as a mistyped or mangled link would be.
  const at = shared.link.indexOf('#assignment=a1.') + 30;
  const damaged = `${shared.link.slice(0, at)}${shared.link[at] === 'Q' ? 'R' : 'Q'}${shared.link.slice(at + 1)}`;
  await visit(damaged);
  await expect(banner(page).getByRole('alert')).toContainText(
    `This assignment link cannot be opened. This assignment link is damaged`,
  );
  await expect(banner(page).getByRole('alert')).toContainText(`Your assignment “${TITLE}” is kept`);
  expect(await axeViolations(page)).toEqual([]);
  // On the next page the assignment, its banner and "Submit to my teacher" are all still there.
  await visit('/docs/reference/glossary');
  await expect(banner(page)).toContainText(`Assignment: ${TITLE}`);
  await expect(banner(page)).toContainText('Pass mark for this assignment: 70%');
  await expect(banner(page).getByRole('alert')).toHaveCount(0);
  await makeSubmission(page, '=1+1');
  await expect(banner(page).getByText(/ready but incomplete: 1 item is not done yet \(Unit 1/)).toBeVisible();
  shared.codes.push(await codeOf(page));
});

/** A table's body as text, cell by cell. */
const cellsOf = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));

/** RFC 4180 CSV into rows of cells (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter(Boolean)) {
    const cells: string[] = [];
    for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
      cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
    }
    rows.push(cells);
  }
  return rows;
}

test('the teacher grades everything, reloads, and sees item analysis and a CSV that match', async ({
  page,
  visit,
}) => {
  await visit(shared.gradebook);
  await expect(page.getByText(/Due 31 December 2099\. Pass mark: 70%/)).toBeVisible();
  await page.getByLabel(/Submission files/).setInputFiles([shared.fileA, shared.corrupt]);
  await page.getByLabel(/Submission codes/).fill(shared.codes.join('\n\n'));
  await page.getByRole('button', { name: 'Add these codes' }).click();
  const loaded = page.getByText('3 students loaded. 1 file or code could not be read (listed below).');
  await expect(loaded).toBeVisible();

  // A reload keeps every submission: they are saved in this browser with the assignment.
  await page.reload();
  await expect(loaded).toBeVisible();
  await expect(page.getByRole('list', { name: 'Files and codes that could not be read' })).toContainText(
    'corrupt.json: Damaged or edited: the checksum no longer matches',
  );
  const results = page.getByRole('table', { name: `Results for ${TITLE}` });
  const cells = await cellsOf(results);
  // Student, Start here, Total, Passed, Late, Missing (the Submitted column is checked apart).
  const rows = cells.map((row) => [...row.slice(0, 5), row[6] ?? '']);
  const passed = (score: string) => (Number.parseInt(score, 10) >= 70 ? 'Yes' : 'No');
  expect(rows).toEqual([
    ['=1+1', shared.scores.C, shared.scores.C, passed(shared.scores.C!), 'On time', 'Unit 1: Two levers'],
    ['Ana Lopez', '71%', '71%', 'Yes', 'On time', 'Nothing'],
    ['Ben, "the" Builder', shared.scores.B, shared.scores.B, 'No', 'On time', 'Unit 1: Two levers'],
  ]);
  // Submission times in the reader's locale (en-GB): "3 Dec 2026, 09:15".
  for (const row of cells) expect(row[5]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);

  // Item analysis, from what the three students answered.
  const items = page.getByRole('table', { name: 'Question by question: Start here' });
  const analysis = (await cellsOf(items)).map(([prompt = '', right, wrong]) => [
    prompt.slice(0, 30),
    right,
    wrong,
  ]);
  expect(analysis).toEqual(
    [
      ['Sort each statement into the la', 'Nobody answered', 'None'],
      ['True or false: your quiz progr', '2 of 3', 'True (1 student)'],
      ['You have done half the module o', '1 of 1 (2 did not answer)', 'None'],
      ['A quiz is worth 10 points. Whic', '1 of 3', '“7 points” (2 students)'],
      ['Match each unit to what it cove', 'Nobody answered', 'None'],
      ['Why does the module teach some ', '1 of 1 (2 did not answer)', 'None'],
      ['A newspaper columnist writes th', '1 of 2 (1 did not answer)', '“fact” (1 student)'],
    ].map(([prompt, right, wrong]) => [prompt!.slice(0, 30), right, wrong]),
  );
  await expect(
    items.getByRole('link', { name: /^Lesson section for: A quiz is worth 10 points/ }),
  ).toHaveAttribute('href', /\/docs\/start-here#quizzes$/);
  expect(await axeViolations(page)).toEqual([]);
  await switchColorScheme(page, 'dark');
  expect(await axeViolations(page)).toEqual([]);

  // The CSV holds the same rows, with "not tried" and "nothing" instead of blank cells.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV for your LMS' }).click();
  const csv = parseCsv(readFileSync((await (await download).path()) ?? '', 'utf8'));
  expect(csv[0]).toEqual(['Student', 'Start here', 'Total', 'Passed', 'Late', 'Missing', 'Submitted']);
  expect(csv.slice(1).map((row) => row.slice(0, 6))).toEqual(
    rows.map(([name = '', score = '', total = '', pass = '', late = '', missing = '']) => [
      name.startsWith('=') ? `'${name}` : name,
      score.replace('%', ''),
      total.replace('%', ''),
      pass.toLowerCase(),
      late === 'Late' ? 'yes' : 'no',
      missing === 'Nothing' ? 'nothing' : missing,
    ]),
  );
  for (const row of csv.slice(1)) expect(row[6]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
});
