import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../src/quiz/testFixtures';
import { loadRealCourse, SITE_DIR } from './lms/testCourse';
import { buildGradebookQuestions, buildTeachData, estimatedMinutes, questionDetails } from './teacher-routes';

describe('estimated times for /teach', () => {
  it('reads the first number of a lesson’s estimated time, and nothing from a unit’s total', () => {
    expect(estimatedMinutes('intro\n\n**Estimated time:** 20 minutes · *Last reviewed*')).toBe(20);
    expect(estimatedMinutes('**Estimated time:** 20 minutes on your own; 50 to 60 minutes in class')).toBe(
      20,
    );
    expect(estimatedMinutes('**Estimated time:** 20–25 minutes')).toBe(20);
    expect(estimatedMinutes('**Estimated time for the whole unit:** about 90 minutes')).toBeNull();
    expect(estimatedMinutes('No time given.')).toBeNull();
  });

  it('gives every quiz lesson of the real course a time, in the files’ own words', async () => {
    const { manifest } = await loadRealCourse();
    const docs = manifest.units.flatMap((unit) =>
      unit.lessons.map((lesson) => ({ ...lesson, id: lesson.docId, file: `docs/${lesson.docId}.mdx` })),
    );
    const { minutes } = await buildTeachData(manifest, docs, (file) =>
      readFile(path.join(SITE_DIR, file), 'utf8').catch(() => ''),
    );
    const quizLessons = manifest.units.flatMap((unit) => unit.lessons).filter((l) => l.quizIds.length > 0);
    for (const lesson of quizLessons.filter((l) => !l.docId.startsWith('guides/'))) {
      expect(minutes[lesson.docId], lesson.docId).toBeGreaterThanOrEqual(10);
    }
  }, 60_000);
});

describe('questions for the gradebook', () => {
  it('carries each question’s choices as plain text and where in the lesson it is taught', () => {
    const question = makeQuestion({
      id: 'q',
      type: 'classify',
      prompt: 'Sort *these*',
      explanation: 'Because.',
      teaches: '#title-i',
      categories: ['Fact', 'Opinion'],
      statements: [
        { text: 'It **rained**', category: 'Fact' },
        { text: 'Rain is nice', category: 'Opinion' },
      ],
    });
    expect(questionDetails(question, 'abc', '/docs/x')).toEqual({
      id: 'q',
      type: 'classify',
      prompt: 'Sort these',
      href: '/docs/x#title-i',
      hash: 'abc',
      choices: ['Fact', 'Opinion'],
      right: [],
      parts: ['It rained', 'Rain is nice'],
      partAnswers: [0, 1],
    });
  });

  it('covers every question of the real course with the manifest’s hash', async () => {
    const { manifest, quizzes } = await loadRealCourse();
    const data = buildGradebookQuestions(manifest, quizzes);
    for (const [quizId, entry] of Object.entries(manifest.quizzes)) {
      const details = data.quizzes[quizId] ?? [];
      expect(details.map((d) => [d.id, d.hash])).toEqual(entry.questions.map((q) => [q.id, q.hash]));
      for (const detail of details) {
        expect(detail.href.startsWith(entry.permalink), detail.id).toBe(true);
        if (detail.type === 'single' || detail.type === 'multiple') {
          expect(detail.right.some(Boolean), detail.id).toBe(true);
          expect(
            detail.choices.every((choice) => choice.length > 0),
            detail.id,
          ).toBe(true);
        }
        if (detail.type === 'classify') expect(detail.partAnswers, detail.id).not.toContain(-1);
      }
    }
  }, 60_000);
});
