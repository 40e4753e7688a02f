// cspell:words defaultgrade gradingtype idnumber multichoice qtype shortanswer truefalse
import { describe, expect, it } from 'vitest';
import { toBankQuestion } from './bank';
import { courseToMoodleXml, questionToMoodleXml } from './moodleXml';
import { byTag, everyType, hostileQuestions, parseXml, sampleBank } from './testFixtures';

const questionDoc = (question: (typeof everyType)[number]) =>
  parseXml(`<quiz>${questionToMoodleXml(toBankQuestion(question))}</quiz>`);

describe('questionToMoodleXml', () => {
  it('uses Moodle’s types, with ordering as qtype_ordering and classify as matching', () => {
    expect(
      everyType.map((question) => byTag(questionDoc(question), 'question')[0]?.getAttribute('type')),
    ).toEqual(['multichoice', 'multichoice', 'truefalse', 'ordering', 'matching', 'matching', 'shortanswer']);
  });

  it('keeps points, id, hints and the site’s partial credit', () => {
    const single = questionDoc(everyType[0]!);
    expect(byTag(single, 'idnumber')[0]?.textContent).toBe('dpa-title-i-purpose');
    expect(byTag(single, 'hint')).toHaveLength(2);
    const multiple = questionDoc(everyType[1]!);
    expect(byTag(multiple, 'defaultgrade')[0]?.textContent).toBe('2');
    expect(byTag(multiple, 'answer').map((answer) => answer.getAttribute('fraction'))).toEqual([
      '50',
      '-50',
      '50',
      '-50',
    ]);
  });

  it('lists ordering items in the right order and grades by absolute position', () => {
    const doc = questionDoc(everyType[3]!);
    expect(byTag(doc, 'gradingtype')[0]?.textContent).toBe('ABSOLUTE_POSITION');
    expect(byTag(doc, 'answer').map((answer) => answer.getAttribute('fraction'))).toEqual([
      '1.0000000',
      '2.0000000',
      '3.0000000',
      '4.0000000',
    ]);
  });

  it.each(hostileQuestions.map((question) => [question.id, question] as const))(
    'writes hostile text as escaped, well-formed XML: %s',
    (_, question) => {
      const doc = questionDoc(question);
      expect(byTag(doc, 'script')).toHaveLength(0);
      for (const text of byTag(doc, 'text')) {
        const tags = [...(text.textContent ?? '').matchAll(/<\/?([a-z]+)/gi)].map((match) => match[1]);
        expect(tags.filter((tag) => !['p', 'em', 'strong', 'code', 'a'].includes(tag ?? ''))).toEqual([]);
      }
    },
  );
});

describe('courseToMoodleXml', () => {
  it('writes one category per quiz, followed by its questions', () => {
    const doc = parseXml(courseToMoodleXml(sampleBank));
    const questions = byTag(doc, 'question');
    const categories = questions.filter((question) => question.getAttribute('type') === 'category');
    expect(categories.map((category) => category.textContent?.trim())).toEqual([
      'Sample course/Unit 1: Basics/Every type',
      'Sample course/Unit 2/Hostile // text: {x}',
    ]);
    const total = sampleBank.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    expect(questions.length - categories.length).toBe(total);
  });
});
