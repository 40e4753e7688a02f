import { testOutline } from '@site/src/course/testOutline';
import { COURSE_PACKAGE, packageIds, packageScope } from './packageScope';

describe('packageScope', () => {
  it('has a package for the whole course and one per unit, "Start here" belonging to the course only', () => {
    expect(packageIds(testOutline)).toEqual([COURSE_PACKAGE, 'unit-1-two-levers']);
  });

  it('opens a unit package at the unit’s first page and requires only that unit’s quizzes', () => {
    const unit = packageScope(testOutline, 'unit-1-two-levers', 'Course');
    expect(unit).toMatchObject({
      title: 'Unit 1: Two levers',
      start: '/docs/unit-1-two-levers/overview',
      quizIds: ['dpa-basics', 'scr-basics'],
    });
    expect(unit.lessons.map((lesson) => lesson.docId)).toContain('unit-1-two-levers/overview');
  });

  it('the course package holds every lesson and quiz of the course, never the question gallery', () => {
    const course = packageScope(testOutline, COURSE_PACKAGE, 'Who Controls Military AI?');
    expect(course.start).toBe('/docs/start-here');
    expect(course.quizIds).toEqual(['start-here', 'dpa-basics', 'scr-basics']);
  });

  it('names the packages there are when asked for one that is not', () => {
    expect(() => packageScope(testOutline, 'general', 'Course')).toThrow(
      '[scorm] No package "general": the packages are course, unit-1-two-levers.',
    );
  });
});
