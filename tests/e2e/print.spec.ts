import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, WCAG_TAGS } from './fixtures';

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.help}`);

test('a teacher prints the answer key of a quiz picked on /teach', async ({ page, visit }) => {
  await visit('/teach');
  const unit = page.getByRole('group', { name: 'Unit 1: Two levers', exact: true });
  await unit.getByRole('checkbox', { name: 'Quiz: 1.1 The Defense Production Act' }).check();
  await page.getByRole('link', { name: 'Print answer key (1 quiz)' }).click();
  await expect(page).toHaveURL(/teach\/answer-key\?quizzes=u1-dpa$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Answer key' })).toBeVisible();

  const quiz = page.getByRole('region', { name: 'Quiz: 1.1 The Defense Production Act' });
  await expect(quiz).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Quiz:/ })).toHaveCount(1);
  const matching = quiz.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /Match each part of the DPA system/ }),
  });
  await expect(matching).toContainText('Title III → Offers loans, loan guarantees and purchase commitments');
  await expect(matching).toContainText('Explanation: Title I commands, Title III pays');
  const trueFalse = quiz.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /a DX-rated order takes preference over a DO-rated order/ }),
  });
  await expect(trueFalse).toContainText('Correct answer:True');
  await expect(trueFalse).toContainText('Explanation: True. DPAS has two priority levels.');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // On paper: the key without the site's menus and without the Print button.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.navbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(matching).toContainText('Title III → Offers loans');
});

test('a printed lesson lists the choices of a matching question and no answers', async ({ page, visit }) => {
  await visit('/docs/unit-1-two-levers/defense-production-act');
  const question = page.locator('li[id="question-u1-dpa-match-parts"]');
  const choices = question.locator('.quiz-match-choices');
  const choice = "Hands the President's DPA powers on to cabinet departments";
  // On screen the choices are only in the drop-downs.
  await expect(choices).toBeHidden();
  for (const select of await question.getByRole('combobox').all()) await select.selectOption({ index: 1 });
  await question.getByRole('button', { name: 'Check answer' }).click();
  const explanation = question.locator('.quiz-explanation');
  await expect(explanation).toBeVisible();
  await expect(question.getByRole('status')).not.toBeEmpty();

  await page.emulateMedia({ media: 'print' });
  await expect(choices).toBeVisible();
  await expect(choices.getByRole('listitem', { includeHidden: true })).toHaveCount(5);
  await expect(choices).toContainText(choice);
  await expect(explanation).toBeHidden();
  await expect(question.getByRole('status')).toBeHidden();
  await expect(question.locator('.quiz-mark')).toHaveCount(5);
  for (const mark of await question.locator('.quiz-mark').all()) await expect(mark).toBeHidden();
  await expect(question.getByRole('button')).toHaveCount(0);
  await expect(page.locator('.navbar')).toBeHidden();

  // Back on screen the printed list is gone again.
  await page.emulateMedia({ media: 'screen' });
  await expect(choices).toBeHidden();
});
