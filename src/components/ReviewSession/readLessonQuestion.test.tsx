import { describe, expect, it } from 'vitest';
import { Explanation, Option, Question } from '../Quiz';
import { lessonQuestion, QuizMarker, quizzesIn } from './readLessonQuestion';

const where = { quizId: 'q', questionId: 'q-one', permalink: '/base/docs/lesson' };
const lesson = (checked: boolean) => (
  <>
    <p>Prose.</p>
    <section>
      <QuizMarker id="q" checkedAtBuild={checked}>
        <Question id="q-one" type="single" teaches="#part-two">
          <p>Prompt?</p>
          <Option correct>Yes</Option>
          <Option>No</Option>
          <Explanation>Because.</Explanation>
        </Question>
      </QuizMarker>
    </section>
  </>
);

describe('lessonQuestion', () => {
  it('finds a quiz anywhere in the lesson and the question in it, with its prompt as the lesson has it', () => {
    expect(quizzesIn(lesson(true)).map((q) => q.id)).toEqual(['q']);
    const read = lessonQuestion(lesson(true), where);
    expect(read?.question).toMatchObject({
      id: 'q-one',
      type: 'single',
      teaches: '/base/docs/lesson#part-two',
    });
    expect(read?.nodes.prompt).toHaveLength(1);
  });

  it('gives up on a question the lesson no longer holds and on a quiz the build did not check', () => {
    expect(lessonQuestion(lesson(true), { ...where, questionId: 'q-two' })).toBeNull();
    expect(lessonQuestion(lesson(true), { ...where, quizId: 'other' })).toBeNull();
    expect(lessonQuestion(lesson(false), where)).toBeNull();
  });
});

describe('lessonQuestion with odd content', () => {
  it('returns null instead of throwing for a quiz whose question lacks its parts', () => {
    const odd = (
      <QuizMarker id="q" checkedAtBuild>
        <Question id="q-one" type="single" />
      </QuizMarker>
    );
    expect(lessonQuestion(odd, where)).toBeNull();
  });
});
