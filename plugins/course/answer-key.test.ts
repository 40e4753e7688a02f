import { describe, expect, it } from 'vitest';
import { makeQuestion, makeQuiz, singleQuestion } from '../../src/quiz/testFixtures';
import { buildAnswerKey, unitsInCourseOrder } from './answer-key';
import { loadRealCourse } from './lms/testCourse';
import type { CourseManifest } from './manifest-schema';

describe('buildAnswerKey', () => {
  it('holds every quiz of the real course once, in course order, with all its questions', async () => {
    const { quizzes, manifest } = await loadRealCourse();
    const key = buildAnswerKey(manifest, quizzes);
    const courseOrder = unitsInCourseOrder(manifest).flatMap((unit) =>
      unit.lessons.flatMap((lesson) => lesson.quizIds),
    );
    expect(key.quizzes.map((quiz) => quiz.id)).toEqual(courseOrder);
    for (const quiz of key.quizzes) {
      expect(quiz.questions.map((question) => question.id)).toEqual(
        manifest.quizzes[quiz.id]?.questions.map((question) => question.id),
      );
      for (const question of quiz.questions) {
        expect(question.answer.lines.length, question.id).toBeGreaterThan(0);
        expect(question.explanation, question.id).not.toBe('');
      }
    }
  }, 60_000);

  it('turns Markdown, MDX tags and HTML into plain text', () => {
    const quiz = makeQuiz({
      id: 'hostile',
      questions: [
        makeQuestion({
          ...singleQuestion,
          prompt: 'Is **this** about <Term id="dpa">the DPA</Term> today',
          explanation: 'Read [the law](https://example.org/law) and `code`.',
        }),
        makeQuestion({
          ...singleQuestion,
          id: 'raw-html',
          prompt: 'Raw { <img src=x onerror=alert(1)> <b onclick="x">bold</b>',
        }),
      ],
    });
    const manifest: CourseManifest = {
      version: 1,
      units: [
        {
          id: 'general',
          label: 'General',
          position: 1,
          lessons: [{ docId: 'x', title: 'Lesson X', permalink: '/docs/x', quizIds: ['hostile'] }],
        },
      ],
      quizzes: {
        hostile: {
          id: 'hostile',
          title: 'Hostile quiz',
          passMark: 80,
          mode: 'practice',
          lessonDocId: 'x',
          permalink: '/docs/x',
          questions: [],
        },
      },
    };
    const [entry] = buildAnswerKey(manifest, [{ file: 'docs/x.mdx', line: 1, quiz }]).quizzes;
    expect(entry).toMatchObject({ title: 'Hostile quiz', lessonTitle: 'Lesson X', permalink: '/docs/x' });
    const question = entry!.questions[0]!;
    expect(question.prompt).toBe('Is this about the DPA today');
    expect(question.explanation).toBe('Read the law and code.');
    expect(entry!.questions[1]!.prompt).not.toMatch(/<|onerror|onclick/);
  });
});
