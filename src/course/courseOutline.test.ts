import { describe, expect, it } from 'vitest';
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import { courseOutline, progressManifest } from './courseOutline';

const lesson = (docId: string, quizIds: string[]) => ({
  docId,
  title: docId,
  permalink: `/docs/${docId}`,
  quizIds,
});
const manifest: ClientManifest = {
  version: 1,
  units: [
    { id: 'unit-1', label: 'Unit 1', lessons: [lesson('unit-1/overview', []), lesson('unit-1/dpa', ['u1'])] },
    {
      id: 'general',
      label: 'General',
      lessons: [lesson('start-here', ['sh']), lesson('guides/gallery', ['g'])],
    },
  ],
  quizzes: {
    u1: {
      title: 'DPA',
      passMark: 80,
      lessonDocId: 'unit-1/dpa',
      permalink: '/docs/unit-1/dpa',
      questions: [{ id: 'u1-a', type: 'single', points: 1, hash: 'h' }],
    },
    sh: {
      title: 'Start',
      passMark: 80,
      lessonDocId: 'start-here',
      permalink: '/docs/start-here',
      questions: [],
    },
  },
};

describe('courseOutline', () => {
  it('puts Start here first and leaves the example gallery out of the course', () => {
    const outline = courseOutline(manifest);
    expect(outline.units.map((unit) => unit.label)).toEqual(['Start here', 'Unit 1']);
    expect(outline.units[0]!.lessons.map((l) => l.docId)).toEqual(['start-here']);
  });

  it('counts only lessons with a quiz towards progress, in course order', () => {
    expect(courseOutline(manifest).lessons.map((l) => l.docId)).toEqual(['start-here', 'unit-1/dpa']);
  });

  it('gives the progress store every course page and every quiz with its question ids', () => {
    const subset = progressManifest(courseOutline(manifest));
    expect(subset.lessons).toEqual([
      { docId: 'start-here', quizIds: ['sh'] },
      { docId: 'unit-1/overview', quizIds: [] },
      { docId: 'unit-1/dpa', quizIds: ['u1'] },
    ]);
    expect(subset.quizzes).toContainEqual({ quizId: 'u1', questionIds: ['u1-a'] });
  });
});
