import { test, expect, axeViolations } from './fixtures';

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

test('a printed worksheet never shows a short answer the learner typed', async ({ page, visit }) => {
  await visit('/docs/start-here');
  const box = page.locator('li[id="question-sh-label-word"]').getByRole('textbox', { name: 'Your answer' });
  await box.fill('opinion');
  const ink = () =>
    box.evaluate((input) => {
      const style = getComputedStyle(input);
      return { color: style.color, fill: style.webkitTextFillColor, background: style.backgroundColor };
    });
  expect((await ink()).color).not.toBe('rgba(0, 0, 0, 0)');

  await page.emulateMedia({ media: 'print' });
  // The box stays as a line to write on, and the typed text has no ink.
  await expect(box).toBeVisible();
  expect(await ink()).toEqual({
    color: 'rgba(0, 0, 0, 0)',
    fill: 'rgba(0, 0, 0, 0)',
    background: 'rgba(0, 0, 0, 0)',
  });
  expect(await box.evaluate((input) => getComputedStyle(input).borderBottomStyle)).toBe('solid');
});

test('a printed handout holds only the handout: no page heading, instructions or builder', async ({
  page,
  visit,
}) => {
  await visit('/teach');
  await page.getByRole('checkbox', { name: 'Quiz: Start here' }).check();
  await page.getByLabel('Title').fill('Week 1');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const handout = page.getByRole('region', { name: 'Assignment: Week 1' });
  const heading = page.getByRole('heading', { level: 1, name: 'Create an assignment' });
  const instructions = page.getByText('Choose what students should do, then share the link.');
  await expect(heading).toBeVisible();
  await expect(instructions).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeHidden();
  await expect(instructions).toBeHidden();
  await expect(page.getByRole('heading', { name: '1. Choose lessons and quizzes' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your assignments' })).toBeHidden();
  await expect(page.locator('.navbar')).toBeHidden();
  await expect(handout.getByRole('heading', { name: 'Assignment: Week 1' })).toBeVisible();
  await expect(handout.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  await expect(page.locator('#teach-assignment-link')).toBeVisible();
  await expect(handout.getByText('Read the lesson', { exact: false })).toHaveCount(0);
  await expect(handout.getByText('Answer the quiz “Start here”')).toBeVisible();
  await expect(handout.getByRole('link', { name: 'Open the gradebook for this assignment' })).toBeHidden();
  await expect(handout.getByRole('button')).toHaveCount(0);
});
