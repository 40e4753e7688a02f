// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { questionContentHash } from '../../src/quiz/hash';
import { quizSchema } from '../../src/quiz/schema';
import { buildCourseManifest, toClientManifest, type DocInfo } from './manifest';
import { clientManifestSchema, courseManifestSchema } from './manifest-schema';
import type { ValidatedQuiz } from './validate';

const quiz = (file: string, id: string, extra: object = {}): ValidatedQuiz => ({
  file,
  line: 1,
  quiz: quizSchema.parse({
    id,
    ...extra,
    questions: [
      {
        id: `${id}-q`,
        type: 'truefalse',
        answer: true,
        prompt: 'Secret prompt text',
        explanation: 'Secret explanation',
        teaches: '#anchor',
      },
    ],
  }),
});

const doc = (file: string, id: string, title = id): DocInfo => ({
  file,
  id,
  title,
  permalink: `/docs/${id}`,
});

const docs = [
  doc('docs/start-here.mdx', 'start-here', 'Start here'),
  doc('docs/01-unit-1-levers/overview.mdx', 'unit-1-levers/overview', 'Overview'),
  doc('docs/01-unit-1-levers/01-dpa.mdx', 'unit-1-levers/dpa', 'The DPA'),
  doc('docs/unit-2-policies/01-policies.mdx', 'unit-2-policies/policies', 'Policies'),
  doc('docs/guides/gallery.mdx', 'guides/gallery', 'Gallery'),
  doc('docs/reference/glossary.mdx', 'reference/glossary', 'Glossary'),
];
const units = [
  { folder: 'unit-2-policies', label: 'Unit 2', position: 3 },
  { folder: '01-unit-1-levers', label: 'Unit 1', position: 2 },
];

describe('buildCourseManifest', () => {
  const quizzes = [
    quiz('docs/01-unit-1-levers/01-dpa.mdx', 'dpa', { title: 'DPA check', passMark: 60 }),
    quiz('docs/guides/gallery.mdx', 'gallery'),
    quiz('docs/unit-2-policies/01-policies.mdx', 'policies', { mode: 'test' }),
  ];
  const manifest = buildCourseManifest({ quizzes, docs, units });

  it('orders units by position and takes unit ids from the doc ids (number prefixes stripped)', () => {
    expect(manifest.units.map((unit) => [unit.id, unit.label, unit.position])).toEqual([
      ['unit-1-levers', 'Unit 1', 2],
      ['unit-2-policies', 'Unit 2', 3],
      ['general', 'General', 4],
    ]);
  });

  it('lists every lesson of a unit, and only lessons with quizzes in general', () => {
    expect(manifest.units[0]?.lessons).toEqual([
      {
        docId: 'unit-1-levers/overview',
        title: 'Overview',
        permalink: '/docs/unit-1-levers/overview',
        quizIds: [],
      },
      {
        docId: 'unit-1-levers/dpa',
        title: 'The DPA',
        permalink: '/docs/unit-1-levers/dpa',
        quizIds: ['dpa'],
      },
    ]);
    expect(manifest.units[2]?.lessons.map((lesson) => lesson.docId)).toEqual(['guides/gallery']);
  });

  it('describes each quiz with its lesson, defaults and question hashes', () => {
    const question = quizzes[0]?.quiz.questions[0];
    expect(manifest.quizzes.dpa).toEqual({
      id: 'dpa',
      title: 'DPA check',
      passMark: 60,
      mode: 'practice',
      lessonDocId: 'unit-1-levers/dpa',
      permalink: '/docs/unit-1-levers/dpa',
      questions: [
        {
          id: 'dpa-q',
          type: 'truefalse',
          points: 1,
          hash: question && questionContentHash(question),
          teaches: '#anchor',
        },
      ],
    });
    expect(manifest.quizzes.gallery?.title).toBe('Gallery');
    expect(courseManifestSchema.parse(manifest)).toEqual(manifest);
  });

  it('keeps every source quiz: nothing disappears between the lessons and the manifest', () => {
    expect(Object.keys(manifest.quizzes).sort()).toEqual(quizzes.map((entry) => entry.quiz.id).sort());
  });

  it('leaves out quizzes of draft docs, and refuses quizzes in files Docusaurus did not load', () => {
    const draft = quiz('docs/unit-2-policies/draft.mdx', 'draft-quiz');
    const withDraft = buildCourseManifest({
      quizzes: [draft],
      docs,
      units,
      draftFiles: new Set([draft.file]),
    });
    expect(withDraft.quizzes).toEqual({});
    expect(() => buildCourseManifest({ quizzes: [draft], docs, units })).toThrow(
      '[quiz] These files have quizzes, but the docs plugin did not load them as pages: docs/unit-2-policies/draft.mdx.',
    );
  });
});

describe('toClientManifest', () => {
  it('keeps ids, points, hashes, types and lesson links, and drops all question text', () => {
    const manifest = buildCourseManifest({
      quizzes: [quiz('docs/guides/gallery.mdx', 'gallery')],
      docs,
      units,
    });
    const client = clientManifestSchema.parse(toClientManifest(manifest));
    expect(client.quizzes.gallery).toEqual({
      title: 'Gallery',
      passMark: 80,
      lessonDocId: 'guides/gallery',
      permalink: '/docs/guides/gallery',
      questions: [
        { id: 'gallery-q', type: 'truefalse', points: 1, hash: manifest.quizzes.gallery?.questions[0]?.hash },
      ],
    });
    expect(JSON.stringify(client)).not.toMatch(/Secret|#anchor/);
  });
});
