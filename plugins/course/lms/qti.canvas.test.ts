// cspell:words identifierref imsmanifest
/**
 * The QTI package as Canvas imports it: its converter (readers/canvasConverter.ts) and its importer
 * (readers/canvasQti.ts, readers/canvasPackage.ts), on the fixtures that broke it once and on the
 * real course.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseToQtiZip } from './qtiPackage';
import { readResponseIdentifier } from './readers/canvasConverter';
import { importCanvasPackage, type CanvasQuiz } from './readers/canvasPackage';
import { realExports, type RealExports } from './readers/realExports';
import { canvasMismatches } from './readers/roundTrip';
import { hostileQuestions, parseXml, sampleBank, trapBank, trapQuestions } from './testFixtures';

const unzipText = (zip: Uint8Array) =>
  Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)] as const);

/** Matching items whose choices do not each get a number of their own from Canvas's first-digits rule. */
function sharedMatchNumbers(zip: Uint8Array): string[] {
  return unzipText(zip)
    .filter(([name]) => name !== 'imsmanifest.xml' && !name.endsWith('assessment_meta.xml'))
    .flatMap(([, xml]) => [...parseXml(xml).getElementsByTagNameNS('*', 'item')])
    .filter((item) => item.querySelector('fieldentry')?.textContent === 'matching_question')
    .filter((item) => {
      const labels = [...(item.querySelector('response_lid')?.querySelectorAll('response_label') ?? [])];
      // associate_interaction.rb, get_canvas_matches: `sc['identifier'] =~ /(\d+)/`.
      const numbers = labels.map(
        (label) => /(\d+)/.exec(readResponseIdentifier(label.getAttribute('ident') ?? ''))?.[1],
      );
      return numbers.includes(undefined) || new Set(numbers).size !== labels.length;
    })
    .map((item) => item.getAttribute('title') ?? '');
}

describe('the QTI package as Canvas imports it: fixtures', () => {
  const traps = courseToQtiZip(trapBank);

  it("gives every matching choice its own number under Canvas's first-digits rule, even with digits in the question id", () => {
    expect(sharedMatchNumbers(traps)).toEqual([]);
  });

  it('imports every trap and hostile question with its type, texts and right answers', () => {
    expect(canvasMismatches(traps, trapQuestions)).toEqual([]);
    const hostile = courseToQtiZip({ ...sampleBank, quizzes: sampleBank.quizzes.slice(1) });
    expect(canvasMismatches(hostile, hostileQuestions)).toEqual([]);
  });
});

describe('the QTI package as Canvas imports it: the real course', () => {
  let real: RealExports;
  let zip: Uint8Array;
  let quizzes: CanvasQuiz[];
  beforeAll(async () => {
    real = await realExports();
    zip = real.bytes('course-qti.zip');
    quizzes = importCanvasPackage(unzipSync(zip));
  }, 60_000);

  it("gives, after Canvas's /(\\d+)/ rule, every matching choice a number of its own", () => {
    expect(sharedMatchNumbers(zip)).toEqual([]);
  });

  it('imports every question as the same question, with the same right answers and intact text', () => {
    expect(canvasMismatches(zip, real.questions)).toEqual([]);
  });

  it('gives Canvas answer ids it keeps: bare numbers, one per answer, none repeated (get_or_generate_answer_id)', () => {
    const bad = quizzes
      .flatMap((quiz) => quiz.items)
      .filter((item) => {
        const ids = (item.fields.original_answer_ids ?? '').split(',').filter(Boolean);
        const count = item.choices?.length ?? item.pairs?.length ?? (item.kind === 'truefalse' ? 2 : 0);
        return (
          ids.some((id) => !/^[1-9]\d*$/.test(id)) || new Set(ids).size !== ids.length || ids.length !== count
        );
      })
      .map((item) => item.name);
    expect(bad).toEqual([]);
  });

  it("brings each quiz's settings from assessment_meta.xml: graded, its points, shuffling, attempts", () => {
    expect(quizzes.map((quiz) => quiz.settings)).toEqual(
      real.quizzes.map((quiz) => ({
        title: quiz.title,
        quiz_type: 'assignment',
        scoring_policy: 'keep_highest',
        points_possible: quiz.questions.reduce((sum, question) => sum + question.points, 0),
        allowed_attempts: -1,
        shuffle_answers: quiz.shuffle,
        show_correct_answers: true,
        available: false,
        one_question_at_a_time: false,
        cant_go_back: false,
      })),
    );
  });

  it('refers to no question bank the package does not hold', () => {
    const idents = new Set(quizzes.flatMap((quiz) => quiz.items.map((item) => item.migrationId)));
    const dangling = quizzes
      .flatMap((quiz) => quiz.items)
      .map((item) => item.fields.assessment_question_identifierref)
      .filter((ref) => ref !== undefined && !idents.has(ref));
    expect(dangling).toEqual([]);
  });
});
