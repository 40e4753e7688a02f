import { describe, expect, it } from 'vitest';
import { classifyQuestion, makeQuiz, orderingQuestion, singleQuestion } from '../../../src/quiz/testFixtures';
import type { CourseManifest } from '../manifest-schema';
import { buildQuestionBank, CLASSIFY_INSTRUCTION, ORDERING_INSTRUCTION, toBankQuestion } from './bank';

describe('toBankQuestion', () => {
  it('turns ordering into matching: each item to its position, with an instruction', () => {
    const question = toBankQuestion(orderingQuestion);
    expect(question.kind === 'matching' && question.pairs).toEqual([
      { term: '1950 enactment', match: '1' },
      { term: '2020 pandemic use', match: '2' },
      { term: '2026 dispute', match: '3' },
      { term: 'Today', match: '4' },
    ]);
    expect(question.prompt.endsWith(ORDERING_INSTRUCTION)).toBe(true);
  });

  it('turns classify into matching and moves statement feedback into the explanation', () => {
    const question = toBankQuestion(classifyQuestion);
    expect(question.kind === 'matching' && question.pairs[1]).toEqual({
      term: 'A paper reported a meeting.',
      match: 'Reported claim',
    });
    expect(question.prompt.endsWith(CLASSIFY_INSTRUCTION)).toBe(true);
    expect(question.explanation).toContain('The law was passed in 1950. (Fact): Checkable in the statute.');
  });

  it('keeps unused categories as distractors', () => {
    const question = toBankQuestion({
      ...classifyQuestion,
      categories: [...classifyQuestion.categories, 'Spare'],
    });
    expect(question.kind === 'matching' && question.distractors).toEqual(['Spare']);
  });
});

const quiz = (id: string) => makeQuiz({ id, questions: [{ ...singleQuestion, id: `${id}-q` }] });

const manifest = (quizIds: string[][]): CourseManifest => ({
  version: 1,
  units: quizIds.map((ids, index) => ({
    id: `unit-${index + 1}`,
    label: `Unit ${index + 1}`,
    position: index + 1,
    lessons: [{ docId: `l${index}`, title: 'Lesson', permalink: '/l', quizIds: ids }],
  })),
  quizzes: Object.fromEntries(
    quizIds.flat().map((id) => [
      id,
      {
        id,
        title: `Quiz ${id}`,
        passMark: 80,
        mode: 'practice',
        lessonDocId: 'l',
        permalink: '/l',
        questions: [],
      },
    ]),
  ),
});

describe('buildQuestionBank', () => {
  it('follows the manifest’s order, titles and unit labels', () => {
    const bank = buildQuestionBank('Course', manifest([['b'], ['a']]), [
      { file: 'x', line: 1, quiz: quiz('a') },
      { file: 'y', line: 1, quiz: quiz('b') },
      { file: 'draft', line: 1, quiz: quiz('draft') },
    ]);
    expect(bank.quizzes.map((entry) => [entry.id, entry.title, entry.unit])).toEqual([
      ['b', 'Quiz b', 'Unit 1'],
      ['a', 'Quiz a', 'Unit 2'],
    ]);
  });

  it('explains a quiz the manifest lists but nobody validated', () => {
    expect(() => buildQuestionBank('Course', manifest([['ghost']]), [])).toThrow(
      /^\[lms\] The manifest lists quiz "ghost"/,
    );
  });
});
