import { render, screen } from '@testing-library/react';
import { assignmentKeyFor } from '@site/src/progress/assignmentSlot';
import LazyAssignmentBanner, { wantsAssignmentBanner } from './LazyAssignmentBanner';

vi.mock('./index', () => ({ default: () => <aside aria-label="Assignment">the banner</aside> }));

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
  });

  it('remembers the link at once, before the banner’s code has arrived', async () => {
    window.history.replaceState(null, '', '/docs/start-here#assignment=a1.payload.1');
    render(<LazyAssignmentBanner baseUrl="/" />);
    expect(window.localStorage.getItem(assignmentKeyFor('/'))).toBe('a1.payload.1');
    expect(await screen.findByRole('complementary', { name: 'Assignment' })).toBeInTheDocument();
  });

  it('renders nothing and loads nothing without an assignment', () => {
    window.history.replaceState(null, '', '/docs/start-here');
    const { container } = render(<LazyAssignmentBanner baseUrl="/" />);
    expect(container).toBeEmptyDOMElement();
    expect(window.localStorage.getItem(assignmentKeyFor('/'))).toBeNull();
  });
});
