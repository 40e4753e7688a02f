import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, WCAG_TAGS } from './fixtures';

// One class, in order: the teacher makes the link, three students (each test has its own browser
// context, so its own storage) work and submit, then the teacher grades everything.
test.describe.configure({ mode: 'serial' });

const shared = {
  link: '',
  gradebook: '',
  fileA: '',
  corrupt: '',
  codes: [] as string[],
  scores: {} as Record<string, string>,
};

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.help}`);

const banner = (page: Page) => page.getByRole('complementary', { name: 'Assignment' });
const quiz = (page: Page) => page.locator('section[data-quiz-id="start-here"]');

async function answer(page: Page, questionId: string, choice: string) {
  const question = quiz(page).locator(`li[id="question-${questionId}"]`);
  await question.getByRole('radio', { name: choice, exact: true }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).not.toBeEmpty();
}

async function finish(page: Page) {
  await quiz(page).getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(quiz(page).getByRole('heading', { name: 'Your result' })).toBeFocused();
}

async function openSubmit(page: Page, name: string) {
  await banner(page).getByRole('button', { name: 'Submit to my teacher' }).click();
  await banner(page).getByLabel('Your name').fill(name);
  await banner(page).getByRole('button', { name: 'Make my submission' }).click();
}

/** The best score the banner shows for the Start here quiz, e.g. "29%". */
async function bestShown(page: Page): Promise<string> {
  await banner(page).getByText('Checklist').click();
  const text =
    (await banner(page).getByRole('listitem').filter({ hasText: 'Quiz: Start here' }).textContent()) ?? '';
  return /best score (\d+%)/.exec(text)?.[1] ?? 'Not tried';
}

test('a teacher builds an assignment link on /teach', async ({ page, visit, baseURL }) => {
  await visit('/teach');
  const startHere = page.getByRole('group', { name: 'Start here', exact: true });
  await startHere.getByRole('checkbox', { name: 'Quiz: Start here' }).check();
  await page.getByLabel('Title').fill('Week 1: Start here');
  await page.getByLabel('Class name (optional)').fill('10B');
  await page.getByLabel('Due date (optional)').fill('2099-12-31');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const handout = page.getByRole('region', { name: 'Assignment: Week 1: Start here' });
  await expect(handout.getByRole('heading', { name: 'Assignment: Week 1: Start here' })).toBeFocused();
  await expect(handout.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  const link = (await page.locator('#teach-assignment-link').textContent()) ?? '';
  expect(link.startsWith(`${baseURL}docs/start-here#assignment=a1.`)).toBe(true);
  shared.link = link.slice((baseURL ?? '').length);
  const gradebook = await handout
    .getByRole('link', { name: 'Open the gradebook for this assignment' })
    .getAttribute('href');
  shared.gradebook = gradebook ?? '';
  expect(await axeViolations(page)).toEqual([]);
});

test('student A passes the quiz and submits a file', async ({ page, visit }, testInfo) => {
  await visit(shared.link);
  await expect(banner(page)).toContainText(
    'Assignment: Week 1: Start here · Class: 10B · Due 2099-12-31 · 0 of 1 done',
  );
  for (const [id, choice] of [
    ['sh-progress-server', 'False'],
    ['sh-pass-mark', '8 points'],
    [
      'sh-move-device',
      'Export your progress from the Progress page on the school computer, then import the file at home.',
    ],
  ] as const) {
    await answer(page, id, choice);
  }
  await finish(page);
  await expect(banner(page)).toContainText('1 of 1 done: all finished');
  shared.scores.A = await bestShown(page);
  await openSubmit(page, 'Ana Lopez');
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
  await answer(page, 'sh-progress-server', 'True');
  await finish(page);
  shared.scores.B = await bestShown(page);
  await openSubmit(page, 'Ben, "the" Builder');
  shared.codes.push(
    await banner(page)
      .getByLabel(/submission code/)
      .inputValue(),
  );
});

test('student C submits without trying the quiz, so the submission is incomplete', async ({
  page,
  visit,
}) => {
  await visit(shared.link);
  // The assignment is remembered across a reload on another page.
  await visit('/docs/reference/glossary');
  await expect(banner(page)).toContainText('0 of 1 done');
  await openSubmit(page, '=1+1');
  await expect(
    banner(page).getByText(/ready but incomplete: 1 item is not done yet \(Start here\)/),
  ).toBeVisible();
  shared.codes.push(
    await banner(page)
      .getByLabel(/submission code/)
      .inputValue(),
  );
});

test('the teacher loads all submissions and a corrupt file, and downloads a matching CSV', async ({
  page,
  visit,
}) => {
  await visit(shared.gradebook);
  await page.getByLabel(/Submission files/).setInputFiles([shared.fileA, shared.corrupt]);
  await page.getByLabel(/Submission codes/).fill(shared.codes.join('\n\n'));
  await page.getByRole('button', { name: 'Add these codes' }).click();
  await expect(
    page.getByText('3 students loaded. 1 file or code could not be read (listed below).'),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Files and codes that could not be read' })).toContainText(
    'corrupt.json: The checksum does not match',
  );
  const table = page.getByRole('table', { name: 'Results for Week 1: Start here' });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 5).map((cell) => cell.textContent)));
  const passed = (score: string) => (Number.parseInt(score, 10) >= 80 ? 'Yes' : 'No');
  expect(rows).toEqual([
    ['=1+1', 'Not tried', '0%', 'No', 'On time'],
    ['Ana Lopez', shared.scores.A, shared.scores.A, passed(shared.scores.A!), 'On time'],
    ['Ben, "the" Builder', shared.scores.B, shared.scores.B, passed(shared.scores.B!), 'On time'],
  ]);
  expect(await axeViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV for your LMS' }).click();
  const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
  const pct = (score: string) => score.replace('%', '');
  const yes = (score: string) => (passed(score) === 'Yes' ? 'yes' : 'no');
  expect(csv).toBe(
    'Student,Start here,Total,Passed,Late\r\n' +
      "'=1+1,,0,no,no\r\n" +
      `Ana Lopez,${pct(shared.scores.A!)},${pct(shared.scores.A!)},${yes(shared.scores.A!)},no\r\n` +
      `"Ben, ""the"" Builder",${pct(shared.scores.B!)},${pct(shared.scores.B!)},${yes(shared.scores.B!)},no\r\n`,
  );
});
