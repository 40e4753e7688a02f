import { existsSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

interface KeyQuestion {
  id: string;
  type: string;
  answer: { lines: string[] };
}
interface KeyQuiz {
  id: string;
  permalink: string;
  questions: KeyQuestion[];
}

/**
 * The right answers, from the answer key the build published for /teach/answer-key (the same data
 * a teacher prints). The question gallery is not course content.
 */
function courseAnswerKey(): KeyQuiz[] {
  const file = '.docusaurus/course/default/answer-key.json';
  if (!existsSync(file)) throw new Error(`[e2e] ${file} is missing: run \`npm run build\` first.`);
  const key = JSON.parse(readFileSync(file, 'utf8')) as { quizzes: KeyQuiz[] };
  return key.quizzes.filter((quiz) => !quiz.permalink.includes('/guides/'));
}

const pairs = (lines: string[]) => lines.map((line) => line.split(' → ') as [string, string]);

/** Answers one question right, whatever its type, through its ordinary controls. */
async function answerRight(question: Locator, { type, answer }: KeyQuestion) {
  switch (type) {
    case 'single':
    case 'truefalse':
      return question.getByRole('radio', { name: answer.lines[0], exact: true }).check();
    case 'multiple':
      for (const line of answer.lines)
        await question.getByRole('checkbox', { name: line, exact: true }).check();
      return;
    case 'short':
      return question.getByRole('textbox', { name: 'Your answer' }).fill(answer.lines[0]!);
    case 'matching':
      for (const [term, match] of pairs(answer.lines))
        await question.getByRole('combobox', { name: term, exact: true }).selectOption({ label: match });
      return;
    case 'classify':
      for (const [statement, category] of pairs(answer.lines))
        await question
          .getByRole('group', { name: statement, exact: true })
          .getByRole('radio', { name: category, exact: true })
          .check();
      return;
    case 'ordering': {
      // Move each item up into its place, first to last, with the Move buttons.
      for (const [place, item] of answer.lines.entries()) {
        const names = await question
          .getByRole('button', { name: /^Move “.*” up$/ })
          .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
        const from = names.indexOf(`Move “${item}” up`);
        for (let step = from; step > place; step -= 1)
          await question.getByRole('button', { name: `Move “${item}” up`, exact: true }).click();
      }
      const keep = question.getByRole('button', { name: 'This order is my answer' });
      if (await keep.isVisible()) await keep.click();
      return;
    }
    default:
      throw new Error(`[e2e] no way to answer a ${type} question`);
  }
}

/** Every quiz of the course answered right and finished, lesson by lesson. */
async function completeEveryQuiz(page: Page, visit: (path: string) => Promise<void>) {
  for (const quiz of courseAnswerKey()) {
    await visit(quiz.permalink);
    const section = page.locator(`section[data-quiz-id="${quiz.id}"]`);
    for (const question of quiz.questions)
      await answerRight(section.locator(`li[id="question-${question.id}"]`), question);
    await section.getByRole('button', { name: /^(Finish and see my result|Submit answers)$/ }).click();
    await expect(section.getByText('passed.', { exact: true })).toBeVisible();
  }
}

const pagesIn = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
/** Width and height in points of the PDF's first page, as its MediaBox gives them. */
function pageSize(pdf: Buffer): [number, number] {
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  if (!box) throw new Error('[e2e] the PDF has no MediaBox');
  return [Math.round(Number(box[1])), Math.round(Number(box[2]))];
}

test('a learner who completes every quiz prints a certificate whose code verifies, and fails once a score is changed', async ({
  page,
  visit,
}) => {
  test.setTimeout(6 * 60_000);
  await completeEveryQuiz(page, visit);

  await visit('/progress');
  const section = page.getByRole('region', { name: 'Completion and certificate' });
  await expect(section.getByText(/^You have completed the course/)).toBeVisible();
  await section.getByRole('button', { name: 'Make a certificate' }).click();
  await page.getByRole('textbox', { name: /^Your name, as it should be printed/ }).fill('Ada Lovelace');
  const sheet = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(sheet.getByText('Ada Lovelace')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const code = (await sheet.locator('[data-verification-code]').textContent())!;
  const date = (await sheet.textContent())!.match(/on (\d{1,2}) (\w+) (\d{4}),/)!;
  const rows = await sheet
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(rows).toHaveLength(courseAnswerKey().length);
  expect(rows.every(([, , score]) => score === '100%')).toBe(true);

  // Printing: the certificate alone, on one page of A4 and of US Letter, at the paper's own size.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-certificate-print] article')).toBeVisible();
  await expect(page.locator('#__docusaurus')).toBeHidden();
  const a4 = await page.pdf({ preferCSSPageSize: true });
  expect(pagesIn(a4)).toBe(1);
  expect(pageSize(a4)).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('combobox', { name: 'Paper' }).selectOption({ label: 'US Letter' });
  await page.emulateMedia({ media: 'print' });
  const letter = await page.pdf({ preferCSSPageSize: true });
  expect(pagesIn(letter)).toBe(1);
  expect(pageSize(letter)).toEqual([612, 792]);
  await page.emulateMedia({ media: 'screen' });

  // Checking: the fields as printed verify; one score changed does not.
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const isoDate = `${date[3]}-${String(months.indexOf(date[2]!) + 1).padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
  const check = async (scores: string[]) => {
    await visit('/certificate');
    await page.getByRole('textbox', { name: 'Verification code' }).fill(code);
    await page.getByRole('textbox', { name: 'Name as printed' }).fill('Ada Lovelace');
    await page.getByLabel('Date of completion as printed').fill(isoDate);
    const inputs = page.getByRole('spinbutton');
    await expect(inputs).toHaveCount(scores.length);
    for (const [index, score] of scores.entries()) await inputs.nth(index).fill(score);
    await page.getByRole('button', { name: 'Check the code' }).click();
    return page.getByRole('status').filter({ hasText: /^The code / });
  };
  const printed = rows.map(([, , score]) => score!.replace('%', ''));
  await expect(await check(printed)).toHaveText(/^The code matches/);
  const altered = [...printed];
  altered[3] = '90';
  await expect(await check(altered)).toHaveText(/^The code does not match these fields/);
});
