/**
 * Helpers for the dashboard tests (only tests import this file): render the dashboard over a real
 * in-memory progress store, run axe, make files, and catch downloads. Each test file still needs
 * the two vi.mock lines (useCourseOutline → testOutline, docusaurusClient → testDocusaurusClient).
 */
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ProgressStore } from '@site/src/progress/store';
import { gradeOf, setupStore, singleResponse, TEST_KEY } from '@site/src/progress/testHelpers';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import { readFileText } from '@site/src/components/download';
import ProgressDashboard from '.';
export { expectNoAxeViolations } from '../testAxe';

/** The dashboard's clock in tests: noon UTC on the day the stepping store clock starts. */
export const NOW = Date.UTC(2026, 10, 26, 12);

type Setup = ReturnType<typeof setupStore>;

/** Renders the page's content over the given store (a fresh one by default). */
export function renderDashboard(setup: Setup = setupStore(), now = NOW) {
  const user = userEvent.setup();
  const view = render(
    <ProgressStoreContext.Provider value={setup.store}>
      <main>
        <h1>Your progress</h1>
        <ProgressDashboard now={() => now} />
      </main>
    </ProgressStoreContext.Provider>,
  );
  return { ...setup, ...view, user };
}

/** A file as the learner would pick it. */
export const jsonFile = (text: string, name = 'progress.json') =>
  new File([text], name, { type: 'application/json' });

/** What the store holds now, in storage and in memory, after pending writes. */
export function storeState(setup: Setup) {
  // Writing may change the status the dashboard shows, so it is a React update.
  act(() => setup.timers.runAll());
  return {
    stored: setup.storage.data.get(TEST_KEY),
    snapshot: setup.store.getSnapshot(),
    writes: setup.storage.setItemCalls,
  };
}

/** Catches downloads made through a temporary <a download> and an object URL. */
export function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return {
    files,
    textOf: (index: number) => readFileText(files[index]!.blob),
  };
}

/**
 * Two DPA attempts (33%, then 100%: passed), a wrong and a right answer in Start here, and one
 * answer in the question gallery (not course content).
 */
export const recordSampleProgress = (store: ProgressStore) => {
  const summary = { earned: 3, possible: 3, percent: 100, passed: true, toReview: [] };
  store.recordAttempt('dpa-basics', { ...summary, earned: 1, percent: 33, passed: false }, 'test');
  store.recordAttempt('dpa-basics', summary, 'test');
  store.recordAnswer('start-here', 'sh-q1', singleResponse(1), gradeOf(0), 'abc');
  store.recordAnswer('start-here', 'sh-q2', singleResponse(0), gradeOf(1), 'abc');
  store.recordAnswer('gallery', 'gallery-single', singleResponse(0), gradeOf(1), 'abc');
};
