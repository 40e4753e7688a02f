import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveAssignment } from '@site/src/classroom/activeAssignment';
import { encodeAssignment } from '@site/src/classroom/assignment';
import { draft } from '@site/src/classroom/testFixtures';
import { assignmentKeyFor } from '@site/src/progress/assignmentSlot';
import { setupStore } from '@site/src/progress/testHelpers';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import LazyAssignmentBanner, { wantsAssignmentBanner } from './LazyAssignmentBanner';

// The real banner loads: the test follows a link the way a student's browser does.
vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => testOutline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));
vi.setConfig({ testTimeout: 20_000 });

const { payload } = encodeAssignment(draft);
const damaged = `${payload.slice(0, 12)}${payload[12] === 'A' ? 'B' : 'A'}${payload.slice(13)}`;
const SAVED = assignmentKeyFor('/');
const PENDING = assignmentKeyFor('/', 'pending');

function openPage(path: string) {
  window.history.replaceState(null, '', path);
  return render(
    <ProgressStoreContext.Provider value={setupStore().store}>
      <LazyAssignmentBanner baseUrl="/" />
    </ProgressStoreContext.Provider>,
  );
}

describe('whether a page loads the assignment banner', () => {
  it('loads it for a link with an assignment, or one remembered from an earlier visit', () => {
    expect(wantsAssignmentBanner('/', '/docs/start-here', '#assignment=a1.xyz.1', null)).toBe(true);
    expect(wantsAssignmentBanner('/', '/docs/start-here', '', 'a1.xyz.1')).toBe(true);
  });

  it('skips it for everyone else, so they never download the classroom code', () => {
    expect(wantsAssignmentBanner('/', '/docs/start-here', '', null)).toBe(false);
    expect(wantsAssignmentBanner('/', '/docs/start-here', '#title-i', null)).toBe(false);
  });

  it('skips it on teacher pages, which use the same fragment for their own purpose', () => {
    expect(wantsAssignmentBanner('/course/', '/course/teach', '#assignment=a1.xyz.1', 'a1.xyz.1')).toBe(
      false,
    );
  });
});

describe('LazyAssignmentBanner', () => {
  afterEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
    setActiveAssignment(null);
  });

  it('keeps a new link as pending at once, and saves it once the banner has checked it', async () => {
    const view = openPage(`/docs/start-here#assignment=${payload}`);
    // Before the banner's code has arrived: kept, but not yet as the student's assignment.
    expect(window.localStorage.getItem(PENDING)).toBe(payload);
    expect(window.localStorage.getItem(SAVED)).toBeNull();
    expect(await view.findByRole('complementary', { name: 'Assignment' })).toHaveTextContent(
      'Week 1: Start here',
    );
    expect(window.localStorage.getItem(SAVED)).toBe(payload);
    expect(window.localStorage.getItem(PENDING)).toBeNull();
  });

  it('never lets a damaged link overwrite the student’s saved assignment', async () => {
    window.localStorage.setItem(SAVED, payload);
    const view = openPage(`/docs/start-here#assignment=${damaged}`);
    expect(await view.findByRole('alert')).toHaveTextContent(/damaged/);
    expect(window.localStorage.getItem(SAVED)).toBe(payload);
    view.unmount();
    // On the next page the banner and "Submit to my teacher" are still there.
    const next = openPage('/docs/unit-1-two-levers/overview');
    expect(await next.findByRole('button', { name: 'Submit to my teacher' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Assignment' })).toHaveTextContent('Week 1: Start here');
  });

  it('checks a link left pending by a student who moved on before the banner arrived', async () => {
    window.localStorage.setItem(SAVED, payload);
    window.localStorage.setItem(PENDING, damaged);
    const view = openPage('/docs/unit-1-two-levers/overview');
    expect(await view.findByRole('alert')).toHaveTextContent(/damaged/);
    await waitFor(() => expect(window.localStorage.getItem(PENDING)).toBeNull());
    expect(window.localStorage.getItem(SAVED)).toBe(payload);
  });

  it('renders nothing and loads nothing without an assignment', () => {
    const { container } = openPage('/docs/start-here');
    expect(container).toBeEmptyDOMElement();
    expect(window.localStorage.getItem(SAVED)).toBeNull();
    expect(window.localStorage.getItem(PENDING)).toBeNull();
  });
});
