// cspell:words multichoice shortanswer truefalse
import { describe, expect, it } from 'vitest';
import { readGift } from './giftCheck';

describe('readGift', () => {
  it('reads names, categories, types, answers, weights and general feedback like Moodle', () => {
    const reading = readGift(
      [
        '// a comment',
        '$CATEGORY: course/unit',
        '',
        '::q1::Pick one{=a#yes ~b#no ####why}',
        '',
        '::q2::Pick some{~%50%a ~%50%b ~%-100%c}',
        '',
        '::q3::Match{=x -> 1 =y -> 2}',
        '',
        '::q4::True?{TRUE####because}',
        '',
        '::q5::Type{=one =two}',
      ].join('\n'),
    );
    expect(reading.errors).toEqual([]);
    expect(reading.categories).toEqual(['course/unit']);
    expect(reading.questions.map((q) => [q.name, q.type, q.answers.length])).toEqual([
      ['q1', 'multichoice', 2],
      ['q2', 'multichoice', 3],
      ['q3', 'match', 2],
      ['q4', 'truefalse', 1],
      ['q5', 'shortanswer', 2],
    ]);
    expect(reading.questions[1]?.weights).toEqual([50, 50, -100]);
    expect(reading.questions[0]?.generalFeedback).toBe('why');
  });

  it('ignores escaped specials when it looks for the answer block', () => {
    const reading = readGift('::q::a \\{ b \\} c \\~ d{=x\\=y}');
    expect(reading.errors).toEqual([]);
    expect(reading.questions[0]).toMatchObject({ type: 'shortanswer', answers: ['x\\=y'] });
  });

  it('reports an unescaped brace, an empty answer block and an unknown escape', () => {
    expect(readGift('::q::a { b{=x}').errors[0]).toMatch(/expected one answer block/);
    expect(readGift('::q::a{}').errors[0]).toMatch(/answer block is empty/);
    expect(readGift('::q::a \\q{=x}').errors[0]).toMatch(/"\\q" is not a GIFT escape/);
  });

  it('treats a blank line as the end of a question', () => {
    expect(readGift('::q::first line\n\nsecond{=x}').errors).toEqual([]);
    expect(readGift('::q::first line\n\nsecond{=x}').questions.map((q) => q.type)).toEqual([
      'description',
      'shortanswer',
    ]);
  });
});
