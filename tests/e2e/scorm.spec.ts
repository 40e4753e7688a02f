/**
 * The SCORM packages in a real SCORM runtime (scorm-again, played by tests/e2e/scorm/lms-player.html):
 * each package is unzipped and served at a path of its own, and the player loads it in an iframe as
 * an LMS does. What the runtime holds after each session is what an LMS would record.
 */
import type { Browser, FrameLocator } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import {
  courseFrame,
  exitActivity,
  lmsRecord,
  openPlayer,
  startTestLms,
  type FlatCmi,
  type TestLms,
  type Version,
  watchLmsPage,
} from './scorm/lmsHarness';

let lms: TestLms;
test.beforeAll(async () => {
  lms = await startTestLms();
});
test.afterAll(() => lms.stop());

const question = (course: FrameLocator, id: string) => course.locator(`li[id="question-${id}"]`);

async function check(course: FrameLocator, id: string) {
  const item = question(course, id);
  await item.getByRole('button', { name: 'Check answer' }).click();
  await expect(item.getByRole('status')).not.toBeEmpty();
}

async function answerSingle(course: FrameLocator, id: string, choice: string) {
  await question(course, id).getByRole('radio', { name: choice, exact: true }).check();
  await check(course, id);
}

/** The interactions the runtime holds, in order, as objects (scorm-again flattens them to `cmi.interactions.N.field`). */
function interactions(cmi: FlatCmi): Record<string, string>[] {
  const list: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(cmi)) {
    const match = /^cmi\.interactions\.(\d+)\.([a-z_]+)$/.exec(key);
    if (match && typeof value === 'string') (list[Number(match[1])] ??= {})[match[2]!] = value;
  }
  return list;
}

const ELEMENTS = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    location: 'cmi.core.lesson_location',
    time: 'cmi.core.session_time',
    response: 'student_response',
    wrong: 'wrong',
  },
  '2004': {
    status: 'cmi.completion_status',
    raw: 'cmi.score.raw',
    location: 'cmi.location',
    time: 'cmi.session_time',
    response: 'learner_response',
    wrong: 'incorrect',
  },
} as const;

/** A new device: a browser context of its own, with nothing in its storage. */
async function anotherDevice(browser: Browser) {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

for (const version of ['1.2', '2004'] as Version[]) {
  const names = ELEMENTS[version];
  const zip = `scorm${version === '1.2' ? '12' : '2004'}-course.zip`;

  test(`SCORM ${version}: a learner answers part of a quiz, leaves, finds their answers on another device, finishes, and the LMS holds score, status, interactions and time`, async ({
    page,
    browser,
  }) => {
    test.slow();
    const launch = lms.install(zip);
    const problems = watchLmsPage(page, lms);
    const course = await openPlayer(page, lms, { version, launch });
    await expect(course.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();
    await answerSingle(course, 'sh-progress-server', 'False');
    await answerSingle(
      course,
      'sh-move-device',
      'Export your progress from the Progress page on the school computer, then import the file at home.',
    );
    await answerSingle(course, 'sh-pass-mark', '7 points');
    const first = await exitActivity(page);
    expect(first.cmi[names.location]).toBe('/docs/start-here');
    expect(first.cmi[names.status]).toBe('incomplete');
    expect(String(first.cmi['cmi.suspend_data'])).toMatch(/^w1\./);
    expect(interactions(first.cmi)).toEqual([
      expect.objectContaining({
        id: 'sh-progress-server',
        type: 'true-false',
        [names.response]: version === '1.2' ? 'f' : 'false',
        result: 'correct',
      }),
      expect.objectContaining({
        id: 'sh-move-device',
        type: 'choice',
        [names.response]: 'a',
        result: 'correct',
      }),
      expect.objectContaining({
        id: 'sh-pass-mark',
        type: 'choice',
        [names.response]: 'c',
        result: names.wrong,
      }),
    ]);
    for (const interaction of interactions(first.cmi))
      expect(interaction.latency).toMatch(version === '1.2' ? /^\d{2,4}:\d\d:\d\d/ : /^PT/);

    // Another device: nothing in its browser; the LMS hands back what it kept of the session.
    const device = await anotherDevice(browser);
    const deviceProblems = watchLmsPage(device.page, lms);
    const again = await openPlayer(device.page, lms, { version, launch, saved: first.cmi });
    await expect(question(again, 'sh-progress-server').getByRole('radio', { name: 'False' })).toBeChecked();
    await expect(question(again, 'sh-pass-mark').getByRole('radio', { name: '7 points' })).toBeChecked();
    await expect(question(again, 'sh-pass-mark').getByRole('status')).toHaveText(/^Not quite/);
    await expect(question(again, 'sh-move-device').getByRole('button', { name: 'Checked' })).toBeVisible();

    // The learner finishes the quiz.
    const classify = question(again, 'sh-labels-sort');
    // Statements are shown in a shuffled order: each is found by its text.
    const labels: [RegExp, string][] = [
      [/^50 U\.S\.C\./, 'Fact'],
      [/^The Wall Street Journal reported/, 'Reported claim'],
      [/^Congress, rather than/, 'Opinion'],
      [/^On 26 February 2026 Anthropic/, 'Fact'],
    ];
    for (const [statement, label] of labels) {
      await classify
        .getByRole('group', { name: statement })
        .getByRole('radio', { name: label, exact: true })
        .check();
    }
    await check(again, 'sh-labels-sort');
    const matching = question(again, 'sh-units-match');
    const pairs: [string, string][] = [
      ['Unit 1: Two levers', 'The Defense Production Act and the supply-chain-risk designation'],
      ['Unit 2: Acceptable-use policies', 'The rules AI companies set for how their products may be used'],
      [
        'Unit 3: The militarization of AI',
        "The Pentagon's AI strategy, autonomy in weapons and surveillance at home",
      ],
      [
        'Unit 4: Reading the sources',
        'Telling facts from reported claims and opinions, and comparing perspectives',
      ],
    ];
    for (const [term, match] of pairs)
      await matching.getByRole('combobox', { name: term }).selectOption({ label: match });
    await check(again, 'sh-units-match');
    const multiple = question(again, 'sh-why-reported');
    for (const name of [/only source is one outlet/, /sources disagree/]) {
      await multiple.getByRole('checkbox', { name }).check();
    }
    await check(again, 'sh-why-reported');
    await question(again, 'sh-label-word').getByRole('textbox', { name: 'Your answer' }).fill('Opinion');
    await check(again, 'sh-label-word');
    await again.getByRole('button', { name: 'Finish and see my result' }).click();
    await expect(again.getByText(/You scored 6 of 7 marks \(86%\)/)).toBeVisible();
    // The summary's link to the missed question stays on the page (an in-page link under the hash router).
    await again.getByRole('link', { name: 'Question 4', exact: true }).click();
    await expect(question(again, 'sh-pass-mark')).toBeFocused();
    await expect(again.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();
    await expect(again.getByRole('complementary', { name: 'LMS activity' })).toContainText(
      '1 of 14 quizzes passed, score 6.14%.',
    );
    expect(await axeViolations(device.page)).toEqual([]);
    const last = await exitActivity(device.page);
    await device.close();
    // The package ran from the LMS alone, without an error.
    expect([...problems.foreign, ...deviceProblems.foreign]).toEqual([]);
    expect([...problems.errors, ...deviceProblems.errors]).toEqual([]);

    // The course's score is the mean of its 14 quizzes' best results: 86% (6 of 7, as the quiz rounds it) / 14.
    expect(last.cmi[names.raw]).toBe('6.14');
    expect(last.cmi[version === '1.2' ? 'cmi.core.score.max' : 'cmi.score.max']).toBe('100');
    if (version === '2004') {
      expect(last.cmi['cmi.score.scaled']).toBe('0.0614');
      expect(last.cmi['cmi.success_status']).toBe('unknown');
    }
    expect(last.cmi[names.status]).toBe('incomplete');
    expect(String(last.cmi[names.time])).not.toMatch(/^(0000:00:00|PT0S)/);
    // This session's answers, one interaction each, after the three the LMS recorded before.
    expect(interactions(last.cmi).map((i) => [i.id, i.result])).toEqual([
      ['sh-labels-sort', 'correct'],
      ['sh-units-match', 'correct'],
      ['sh-why-reported', 'correct'],
      ['sh-label-word', 'correct'],
    ]);
  });
}

test('SCORM 1.2: a unit package opens at its unit and tells the learner what counts', async ({ page }) => {
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
  // The unit's four quizzes, and no other unit's.
  await expect(status.getByRole('listitem')).toHaveText([
    /Defense Production Act \(not finished yet\)$/,
    /Supply-chain-risk authorities \(not finished yet\)$/i,
    /Side by side \(not finished yet\)$/i,
    /The 2026 case \(not finished yet\)$/i,
  ]);
  expect(await axeViolations(page)).toEqual([]);
  const record = await exitActivity(page);
  expect(record.calls).toEqual(['initialize']);
  expect(record.cmi).toMatchObject({
    'cmi.core.lesson_status': 'incomplete',
    'cmi.core.lesson_location': '/docs/unit-1-two-levers/overview',
    'cmi.core.exit': 'suspend',
  });
});

test('learners taking turns on one browser each find only their own answers', async ({ page }) => {
  const launch = lms.install('scorm2004-unit-4-reading-the-sources.zip');
  let course = await openPlayer(page, lms, { version: '2004', launch, learner: 'ada' });
  await course
    .getByRole('link', { name: /Fact, reported claim/ })
    .first()
    .click();
  const first = course.locator('li[id^="question-"]').first();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByRole('status')).not.toBeEmpty();
  await exitActivity(page);
  course = await openPlayer(page, lms, { version: '2004', launch, learner: 'grace' });
  await course
    .getByRole('link', { name: /Fact, reported claim/ })
    .first()
    .click();
  // Grace sees none of Ada's answers: the browser keeps each LMS learner's progress apart.
  await expect(
    course.locator('li[id^="question-"]').first().getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  // Ada's own answer is still in this browser for her.
  await exitActivity(page);
  course = await openPlayer(page, lms, { version: '2004', launch, learner: 'ada' });
  await course
    .getByRole('link', { name: /Fact, reported claim/ })
    .first()
    .click();
  await expect(
    course.locator('li[id^="question-"]').first().getByRole('radio', { checked: true }),
  ).toHaveCount(1);
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
  expect(await axeViolations(page)).toEqual([]);
  // The page is loaded again (a reload of the LMS page): the browser kept the answer.
  await page.reload();
  const again = await courseFrame(page);
  await expect(question(again, 'sh-pass-mark').getByRole('radio', { name: '8 points' })).toBeChecked();
  const record = await lmsRecord(page);
  expect(record.cmi['cmi.score.raw']).toBe('');
  expect(record.cmi['cmi.suspend_data']).toBe('');
});

test('a package opened outside an LMS says that nothing is reported, and its search and in-page links work', async ({
  page,
}) => {
  await page.goto(`${lms.origin}${lms.install('scorm12-unit-2-usage-policies.zip')}`);
  await expect(page.getByRole('heading', { level: 1, name: /Unit 2/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'LMS activity' })).toContainText(
    'is not running in an LMS: nothing is reported, and your progress stays in this browser.',
  );
  await page.getByRole('textbox', { name: 'Search' }).fill('usage policy');
  await page.getByRole('option').first().click();
  await expect(page).toHaveURL(/#\/docs\//);
  // An in-page link (the glossary's letters) moves within the page instead of to a missing route.
  await page.goto(`${lms.origin}/courses/scorm12-unit-2-usage-policies/index.html#/docs/reference/glossary`);
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await page.getByRole('link', { name: 'S', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page).toHaveURL(/#\/docs\/reference\/glossary$/);
});
