import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import v1Export from '@site/src/progress/fixtures/progress-v1-export.json';
import { FakeStorage, gradeOf, setupStore, singleResponse, TEST_KEY } from '@site/src/progress/testHelpers';
import {
  catchDownloads,
  expectNoAxeViolations,
  jsonFile,
  recordSampleProgress,
  renderDashboard,
  storeState,
} from './testDashboard';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));
vi.mock('../Certificate/siteInfo', () => ({
  useCertificateSite: () => ({ course: 'Who Controls Military AI?', checkPath: '/certificate' }),
}));

afterEach(() => vi.restoreAllMocks());
// Each test drives a whole page with user-event and some run axe: allow for a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const XSS = '<img src=x onerror=alert(1)>';
const fileInput = () => screen.getByLabelText('Progress file (.json)');
const importRegion = () => screen.getByRole('region', { name: 'Import a saved copy' });
const tableRows = () =>
  within(screen.getByRole('table', { name: 'Your results for each quiz' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

function withOneAnswer() {
  const setup = setupStore();
  setup.store.recordAnswer('start-here', 'sh-q1', singleResponse(1), gradeOf(0), 'abc');
  return setup;
}

describe('Import', () => {
  it('previews a valid export, merges it, reports per item, and Undo restores the state before', async () => {
    const setup = withOneAnswer();
    const { user, store, container } = renderDashboard(setup);
    const before = storeState(setup);
    expect(fileInput()).toHaveAttribute('accept', expect.stringContaining('.json'));
    await user.upload(fileInput(), jsonFile(JSON.stringify(v1Export)));

    const preview = await within(importRegion()).findByRole('heading', { name: 'Check before importing' });
    // Focus moves in an effect after the render that shows the element.
    await waitFor(() => expect(preview).toHaveFocus());
    expect(importRegion()).toHaveTextContent(
      'This file holds 2 answers, 1 quiz attempt and 2 lesson records',
    );
    expect(importRegion()).toHaveTextContent(/Merge keeps your progress here .* Result: 1 answer imported/);
    expect(importRegion()).toHaveTextContent(
      /Replace swaps your progress here for the file’s\. Result: .*1 answer removed/,
    );
    expect(storeState(setup)).toEqual(before);
    await expectNoAxeViolations(container);

    await user.click(within(importRegion()).getByRole('button', { name: 'Merge' }));
    const report = within(importRegion()).getByRole('status');
    expect(report).toHaveTextContent(
      /^Merged: 1 answer imported, 1 attempt imported, .*skipped: quiz no longer exists/,
    );
    // Focus moves in an effect after the render that shows the element.
    await waitFor(() => expect(report).toHaveFocus());
    expect(
      within(importRegion()).getByText('answer “old-removed-question”: quiz no longer exists'),
    ).toBeInTheDocument();
    expect(Object.keys(store.getSnapshot().questions).sort()).toEqual(['dpa-title-i-purpose', 'sh-q1']);
    expect(tableRows()[1]).toEqual([
      'The Defense Production Act',
      '1 of 3 right',
      '80%',
      '1',
      expect.any(String),
      'Yes',
    ]);

    await user.click(within(importRegion()).getByRole('button', { name: 'Undo import' }));
    const undone = within(importRegion()).getByRole('status');
    expect(undone).toHaveTextContent('The import was undone: your progress is as it was before.');
    // Focus moves in an effect after the render that shows the element.
    await waitFor(() => expect(undone).toHaveFocus());
    expect(Object.keys(store.getSnapshot().questions)).toEqual(['sh-q1']);
    expect(tableRows()[1]).toEqual([
      'The Defense Production Act',
      '0 of 3 right',
      'Not tried',
      '0',
      'Never',
      'No',
    ]);
  });

  it('replaces progress when asked, and Undo puts the earlier answers back', async () => {
    const setup = withOneAnswer();
    const { user, store } = renderDashboard(setup);
    await user.upload(fileInput(), jsonFile(JSON.stringify(v1Export)));
    await user.click(await within(importRegion()).findByRole('button', { name: 'Replace' }));
    expect(within(importRegion()).getByRole('status')).toHaveTextContent(/^Replaced: .*1 answer removed/);
    expect(Object.keys(store.getSnapshot().questions)).toEqual(['dpa-title-i-purpose']);
    await user.click(within(importRegion()).getByRole('button', { name: 'Undo import' }));
    expect(Object.keys(store.getSnapshot().questions)).toEqual(['sh-q1']);
  });

  it('changes nothing when the learner cancels the preview', async () => {
    const setup = withOneAnswer();
    const { user } = renderDashboard(setup);
    const before = storeState(setup);
    await user.upload(fileInput(), jsonFile(JSON.stringify(v1Export)));
    await user.click(await within(importRegion()).findByRole('button', { name: 'Cancel' }));
    const message = within(importRegion()).getByRole('status');
    expect(message).toHaveTextContent('Import cancelled. Nothing was changed.');
    // Focus moves in an effect after the render that shows the element.
    await waitFor(() => expect(message).toHaveFocus());
    expect(storeState(setup)).toEqual(before);
  });

  it('restores exactly what another browser exported (export → import round trip)', async () => {
    const source = setupStore();
    recordSampleProgress(source.store);
    const downloads = catchDownloads();
    const first = renderDashboard(source);
    await first.user.click(screen.getByRole('button', { name: 'Export progress' }));
    const exportedRows = tableRows();
    const text = await downloads.textOf(0);
    first.unmount();

    const fresh = setupStore(new FakeStorage());
    const { user, store } = renderDashboard(fresh);
    await user.upload(fileInput(), jsonFile(text, downloads.files[0]!.name));
    await user.click(await within(importRegion()).findByRole('button', { name: 'Merge' }));
    expect(tableRows()).toEqual(exportedRows);
    expect(store.getSnapshot().questions).toEqual(source.store.getSnapshot().questions);
    expect(store.getSnapshot().quizzes).toEqual(source.store.getSnapshot().quizzes);
  });

  it('shows markup from an imported file as plain text', async () => {
    const file = { ...v1Export, lastPage: { path: '/docs/start-here', title: XSS, at: 1 } };
    const { user, container } = renderDashboard(withOneAnswer());
    await user.upload(fileInput(), jsonFile(JSON.stringify(file)));
    await user.click(await within(importRegion()).findByRole('button', { name: 'Merge' }));
    const region = screen.getByRole('region', { name: 'Continue where you left off' });
    expect(within(region).getByRole('link', { name: XSS })).toHaveAttribute('href', '/docs/start-here');
    expect(container.querySelector('img, script, svg')).toBeNull();
  });
});

describe('Import of a hostile or wrong file', () => {
  const pollution = '{"polluted":1,"isTeacher":true}';
  it.each([
    [
      'prototype pollution',
      `{"__proto__":${pollution},"constructor":{"prototype":${pollution}},"version":1,"questions":{"__proto__":{}}}`,
      /not a progress file from this course/,
    ],
    [
      'markup in an id',
      JSON.stringify({ ...v1Export, quizzes: { [XSS]: { attempts: [] } } }),
      /not a progress file from this course/,
    ],
    ['truncated JSON', JSON.stringify(v1Export).slice(0, 300), /cut off/],
    ['a 10,000-deep array', '['.repeat(10_000) + ']'.repeat(10_000), /nested far deeper/],
    ['a future version', JSON.stringify({ ...v1Export, version: 7 }), /newer version of this site/],
    ['a CSV file renamed .json', 'student,quiz,score\nAda,dpa-basics,80\n', /spreadsheet \(CSV\)/],
    ['an empty file', '', /empty/],
  ])('refuses %s with a reason in an alert and changes nothing', async (_, text, reason) => {
    const setup = withOneAnswer();
    const { user, container } = renderDashboard(setup);
    const before = storeState(setup);
    await user.upload(fileInput(), jsonFile(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(reason);
    expect(alert).toHaveTextContent(/Nothing was changed\.$/);
    expect(within(importRegion()).queryByRole('button', { name: 'Merge' })).not.toBeInTheDocument();
    expect(storeState(setup)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(container.querySelector('img, script, svg')).toBeNull();
  });

  it('has no axe violations while it shows why a file was refused', async () => {
    const { user, container } = renderDashboard(withOneAnswer());
    await user.upload(fileInput(), jsonFile('{"version":1,'));
    await screen.findByRole('alert');
    await expectNoAxeViolations(container);
  });

  it('quotes markup from the file as text in its reason', async () => {
    const { user } = renderDashboard(withOneAnswer());
    await user.upload(fileInput(), jsonFile(JSON.stringify({ ...v1Export, quizzes: { [XSS]: 1 } })));
    expect(await screen.findByRole('alert')).toHaveTextContent(XSS);
  });

  it('refuses a file over 1 MB by its size, without reading it', async () => {
    const setup = withOneAnswer();
    const readAsText = vi.spyOn(FileReader.prototype, 'readAsText');
    const { user } = renderDashboard(setup);
    const before = storeState(setup);
    await user.upload(fileInput(), jsonFile(' '.repeat(1024 * 1024 + 1)));
    expect(await screen.findByRole('alert')).toHaveTextContent(/This file is 1\.0 MB.*under 1 MB/);
    expect(readAsText).not.toHaveBeenCalled();
    expect(storeState(setup)).toEqual(before);
    expect(setup.storage.data.get(TEST_KEY)).toBe(before.stored);
  });
});
