import { wantsAssignmentBanner } from './LazyAssignmentBanner';

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
