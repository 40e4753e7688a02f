/**
 * The SCORM packages in a real SCORM runtime (scorm-again, played by tests/e2e/scorm/lms-player.html):
 * each package is unzipped and served at a path of its own, and the player loads it in an iframe as
 * an LMS does. What the runtime holds after each session is what an LMS would record.
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, WCAG_TAGS } from './fixtures';
import {
  courseFrame,
  exitActivity,
  lmsRecord,
  openPlayer,
  startTestLms,
  type TestLms,
} from './scorm/lmsHarness';

let lms: TestLms;
test.beforeAll(async () => {
  lms = await startTestLms();
});
test.afterAll(() => lms.stop());

const question = (course: FrameLocator, id: string) => course.locator(`li[id="question-${id}"]`);

async function answerSingle(course: FrameLocator, id: string, choice: string) {
  const item = question(course, id);
  await item.getByRole('radio', { name: choice, exact: true }).check();
  await item.getByRole('button', { name: 'Check answer' }).click();
  await expect(item.getByRole('status')).not.toBeEmpty();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test.describe('SCORM 1.2', () => {
  test('a unit package opens at its unit and tells the learner what counts', async ({ page }) => {
    const course = await openPlayer(page, lms, {
      version: '1.2',
      launch: lms.install('scorm12-unit-1-two-levers.zip'),
    });
    await expect(course.getByRole('heading', { level: 1, name: 'Unit 1: Two levers' })).toBeVisible();
    const status = course.getByRole('complementary', { name: 'LMS activity' });
    await expect(status).toContainText(
      'reports your score, status and answers to your LMS. 0 of 4 quizzes passed.',
    );
    await status.getByText('What counts').click();
    await expect(status.getByRole('listitem')).toHaveText([
      'Check: the Defense Production Act (not finished yet)',
      'Check: supply-chain-risk authorities (not finished yet)',
      'Check: the two levers side by side (not finished yet)',
      'Check: the 2026 case (not finished yet)',
    ]);
    await expectNoAxeViolations(page);
    const record = await exitActivity(page);
    expect(record.calls).toEqual(['initialize']);
    expect(record.cmi).toMatchObject({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': '/docs/unit-1-two-levers/overview',
      'cmi.core.exit': 'suspend',
    });
    expect(record.cmi['cmi.core.session_time']).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
  });
});

test('an LMS that refuses every SetValue never breaks a quiz, keeps answers in the browser, and the learner is told', async ({
  page,
}) => {
  const course = await openPlayer(page, lms, {
    version: '2004',
    launch: lms.install('scorm2004-course.zip'),
    refuse: 'set',
  });
  await answerSingle(course, 'sh-pass-mark', '8 points');
  await expect(question(course, 'sh-pass-mark').getByRole('status')).toHaveText(/^Correct/);
  const alert = course.getByRole('complementary', { name: 'LMS activity' }).getByRole('alert');
  await expect(alert).toHaveText(
    'Your LMS is not saving your progress (it answered error 351: General Set Failure). Your answers stay in this browser, so nothing is lost; tell your teacher if this message stays.',
  );
  await expectNoAxeViolations(page);
  // The answer is still there after the page is loaded again (the browser kept it).
  await page.reload();
  const again = await courseFrame(page);
  await expect(question(again, 'sh-pass-mark').getByRole('radio', { name: '8 points' })).toBeChecked();
  expect((await lmsRecord(page)).cmi['cmi.score.raw']).toBe('');
});

test('a package opened outside an LMS says that nothing is reported, and works', async ({ page }) => {
  await page.goto(`${lms.origin}${lms.install('scorm12-unit-2-usage-policies.zip')}`);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: /Unit 2/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'LMS activity' })).toContainText(
    'is not running in an LMS: nothing is reported, and your progress stays in this browser.',
  );
  await page.getByRole('textbox', { name: 'Search' }).fill('usage policy');
  await expect(page.getByRole('option').first()).toBeVisible();
});
