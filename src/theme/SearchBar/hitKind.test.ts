import { describe, expect, it } from 'vitest';
import { areaOf, hitKind } from './hitKind';

describe('what a search hit is', () => {
  it('names a glossary term, and the glossary page itself', () => {
    expect(hitKind(areaOf(['Course', 'Reference', 'Glossary'], 'Title I', 'heading'), 'heading')).toBe(
      'Glossary term',
    );
    expect(hitKind(areaOf(['Course', 'Reference'], 'Glossary', 'page'), 'page')).toBe('Glossary');
  });

  it('names a timeline event', () => {
    const area = areaOf(['Course', 'Reference', 'Timeline'], 'Google rewrites its AI Principles', 'heading');
    expect(hitKind(area, 'heading')).toBe('Timeline event');
  });

  it('names a lesson and a section of one, Start here included', () => {
    expect(
      hitKind(areaOf(['Course', 'Unit 1: Two levers'], 'The Defense Production Act', 'page'), 'page'),
    ).toBe('Lesson');
    const section = areaOf(
      ['Course', 'Unit 1: Two levers', 'The Defense Production Act'],
      'Title I',
      'heading',
    );
    expect(hitKind(section, 'heading')).toBe('Lesson section');
    expect(hitKind(areaOf(['Course', 'Start here'], 'some text', 'content'), 'content')).toBe(
      'Lesson section',
    );
  });

  it('names guides and other reference pages', () => {
    expect(hitKind(areaOf(['Course', 'Guides'], 'Writing quizzes', 'page'), 'page')).toBe('Guide');
    expect(hitKind(areaOf(['Course', 'Reference', 'Sources'], 'Unit 1', 'heading'), 'heading')).toBe(
      'Reference section',
    );
  });
});
