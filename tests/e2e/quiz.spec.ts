import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

const GALLERY = '/docs/guides/question-gallery';

/** The list item of one question, found by its prompt as a user reads it. */
const questionItem = (page: Page, prompt: RegExp) =>
  page.locator('li[id^="question-"]').filter({ has: page.getByRole('group', { name: prompt }) });

/** Tab forward until the given control has focus (a keyboard user's way of getting there). */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with Tab');
}

test('the questions are in the server HTML, readable before any script runs', async ({ page }) => {
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(GALLERY.slice(1));
  await expect(page.getByText('Which part of the Defense Production Act lets the government')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Title III' })).toBeVisible();
});

test('a keyboard user answers every question type and hears the feedback', async ({ page, visit }) => {
  // Dozens of Tab presses, each checked in the page: on a busy machine this takes longer than a minute.
  test.slow();
  await visit(GALLERY);
  expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);

  // Single choice, answered wrong on purpose: the live region says why.
  const single = questionItem(page, /which part of the defense production act/i);
  await tabTo(page, single.getByRole('radio').first());
  while (!(await single.getByRole('radio', { name: 'Title III' }).isChecked()))
    await page.keyboard.press('ArrowDown');
  await tabTo(page, single.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(single.getByRole('status')).toHaveText(
    /^Not quite: Title III pays to expand production capacity/,
  );
  await expect(single.getByRole('button', { name: 'Checked' })).toBeFocused();
  expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);

  // Multiple select: ticking both right answers with Space.
  const multiple = questionItem(page, /which of these are laws/i);
  for (const name of ['The Defense Production Act', 'The Federal Acquisition Supply Chain Security Act']) {
    await tabTo(page, multiple.getByRole('checkbox', { name }));
    await page.keyboard.press('Space');
  }
  await tabTo(page, multiple.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(multiple.getByRole('status')).toHaveText(/^Correct\./);

  // True / false.
  const trueFalse = questionItem(page, /supply-chain-risk designation forces/i);
  await tabTo(page, trueFalse.getByRole('radio').first());
  while (!(await trueFalse.getByRole('radio', { name: 'False' }).isChecked()))
    await page.keyboard.press('ArrowDown');
  await tabTo(page, trueFalse.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(trueFalse.getByRole('status')).toHaveText(/^Correct\./);

  // Ordering with the move buttons (the items start shuffled): each move is announced.
  const ordering = questionItem(page, /in the order they were first made/i);
  const rightOrder = [
    'The Defense Production Act',
    'Department of Defense Directive 3000.09 on autonomy in weapon systems',
    'The Federal Acquisition Supply Chain Security Act',
  ];
  let moves = 0;
  for (const [place, text] of rightOrder.entries()) {
    const moveUp = ordering.getByRole('button', { name: `Move “${text}” up` });
    for (;;) {
      const shown = await ordering.locator('ol.quiz-screen-only > li').allTextContents();
      const at = shown.findIndex((itemText) => itemText.startsWith(text));
      if (at <= place) break;
      await tabTo(page, moveUp);
      await page.keyboard.press('Enter');
      await expect(ordering.getByText(`“${text}” moved to position ${at} of 3.`)).toBeAttached();
      await expect(moveUp).toBeFocused();
      moves += 1;
    }
  }
  if (moves === 0) {
    await tabTo(page, ordering.getByRole('button', { name: 'This order is my answer' }));
    await page.keyboard.press('Enter');
  }
  await tabTo(page, ordering.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(ordering.getByRole('status')).toHaveText(/^Correct\./);

  // Matching with native selects.
  const matching = questionItem(page, /match each lever/i);
  await tabTo(page, matching.getByRole('combobox', { name: 'Defense Production Act, Title I', exact: true }));
  await matching
    .getByRole('combobox', { name: 'Defense Production Act, Title I', exact: true })
    .selectOption({ label: 'Requires a company to accept and put government orders first' });
  await tabTo(page, matching.getByRole('combobox', { name: 'Defense Production Act, Title III' }));
  await matching
    .getByRole('combobox', { name: 'Defense Production Act, Title III' })
    .selectOption({ label: 'Pays to expand production capacity' });
  await tabTo(page, matching.getByRole('combobox', { name: 'Supply-chain-risk designation' }));
  await matching
    .getByRole('combobox', { name: 'Supply-chain-risk designation' })
    .selectOption({ label: 'Excludes a supplier from government purchases' });
  await tabTo(page, matching.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(matching.getByRole('status')).toHaveText(/^Correct\./);

  // Classify: every statement put under "Fact", so two are wrong and say why.
  const classify = questionItem(page, /sort each statement/i);
  for (const radio of await classify.getByRole('radio', { name: 'Fact' }).all()) {
    await tabTo(page, radio);
    await page.keyboard.press('Space');
  }
  await tabTo(page, classify.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(classify.getByRole('status')).toHaveText(/^Partly right: 0\.33 of 1 mark\./);
  await expect(
    classify.getByText('It is a judgement about what is right, so it is an opinion.'),
  ).toBeVisible();

  // Short answer: Enter checks; capitals and spaces do not matter.
  const short = questionItem(page, /pays to expand production capacity/i);
  await tabTo(page, short.getByRole('textbox', { name: 'Your answer' }));
  await page.keyboard.type('  title iii ');
  await page.keyboard.press('Enter');
  await expect(short.getByRole('status')).toHaveText(/^Correct\./);
  expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);

  // Finishing the attempt moves focus to the result.
  await tabTo(page, page.getByRole('button', { name: 'Finish and see my result' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText(/You scored 5\.33 of 7 marks \(76%\)/)).toBeVisible();
  expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);
});

test('in test mode nothing is graded until the learner submits', async ({ page, visit }) => {
  await visit(GALLERY);
  await page.getByRole('button', { name: /^Test:/ }).click();
  await expect(page.getByRole('button', { name: /^Test:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Title I', exact: true }).check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText(/The pass mark is 80%: not passed yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Show correct answers' }).click();
  await expect(page.getByText('Accepted answers: Title III · Title 3 · III · 3')).toBeVisible();
  expect(await axeViolations(page, 'section[data-quiz-id]')).toEqual([]);
  await page.getByRole('button', { name: 'Try again (new attempt)' }).click();
  await expect(page.getByRole('heading', { name: /attempt 2/ })).toBeFocused();
});
