/**
 * Every export of the real lessons read the way its LMS reads it, loaded once for all formats:
 * Moodle XML through Moodle's importer, GIFT through gift-pegjs and Moodle's rules, the QTI package
 * through Canvas's converter and importer, a strict QTI 1.2 reader and the IMS schemas; then ten
 * answer-key changes that these checks must each catch.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORDERING_INSTRUCTION } from './bank';
import { mutations } from './readers/answerKeyMutations';
import { badAnswerIds, danglingBankRefs, expectedSettings, sharedMatchNumbers } from './readers/canvasChecks';
import { importCanvasPackage, type CanvasQuiz } from './readers/canvasPackage';
import { readGiftWithPegjs } from './readers/giftImport';
import { lostText, unsaveableMatching } from './readers/moodleChecks';
import { readMoodleXml, type MoodleXmlImport } from './readers/moodleXmlImport';
import { scoringErrors } from './readers/qtiStrict';
import { haveSchemas, schemaErrors } from './readers/qtiSchema';
import { realExports, type RealExports } from './readers/realExports';
import { canvasMismatches, giftMismatches, moodleXmlMismatches } from './readers/roundTrip';

let real: RealExports;
let xml: string;
let moodle: MoodleXmlImport;
let zip: Uint8Array;
let canvas: CanvasQuiz[];

beforeAll(async () => {
  real = await realExports();
  xml = real.text('course-moodle.xml');
  moodle = readMoodleXml(xml);
  zip = real.bytes('course-qti.zip');
  canvas = importCanvasPackage(unzipSync(zip));
}, 180_000); // the lessons are parsed once; a busy machine can take minutes

describe('the real course in Moodle XML, as Moodle imports it', () => {
  it('loses no text on the way in', () => {
    expect(lostText(xml)).toEqual([]);
  });

  it('imports every question as the same question, with the same right answers and intact text', () => {
    expect(moodleXmlMismatches(xml, real.questions)).toEqual([]);
  });

  it('files the questions of each quiz under course / unit / quiz, with every hint', () => {
    expect(moodle.categories).toHaveLength(real.quizzes.length);
    // Moodle splits a category path at each single slash; a doubled one is a slash in a name.
    expect(moodle.categories.filter((path) => path.split(/(?<!\/)\/(?!\/)/).length !== 3)).toEqual([]);
    const hints = real.questions.map((question) => [question.id, question.hints.length]);
    expect(hints.map(([id]) => [id, moodle.hints.get(String(id))])).toEqual(hints);
  });

  it('shows ordering questions without the sentence written for the matching form', () => {
    const ordering = moodle.questions.filter((question) => question.kind === 'ordering');
    expect(ordering.length).toBeGreaterThan(0);
    expect(
      ordering.filter((question) => question.text.includes(ORDERING_INSTRUCTION)).map((q) => q.name),
    ).toEqual([]);
  });

  // Moodle imports a matching question with fewer than three answers, but a teacher who edits it
  // cannot save it (GIFT writes ordering questions as matching, so they count too).
  it('has no matching question Moodle cannot save after an edit, in XML or GIFT', () => {
    expect(unsaveableMatching(moodle.questions)).toEqual([]);
    expect(unsaveableMatching(readGiftWithPegjs(real.text('course.gift')).questions)).toEqual([]);
  });
});

describe('the real course in GIFT, as gift-pegjs and Moodle read it', () => {
  it('imports every question of course.gift as the same question, with the same right answers and intact text', () => {
    expect(giftMismatches(real.text('course.gift'), real.questions)).toEqual([]);
  });

  it('imports every quiz file with its own questions, filed under course / unit / quiz', () => {
    for (const quiz of real.quizzes) {
      const file = real.text(`${quiz.id}.gift`);
      expect(giftMismatches(file, quiz.questions), quiz.id).toEqual([]);
      expect(readGiftWithPegjs(file).categories, quiz.id).toHaveLength(1);
    }
    expect(readGiftWithPegjs(real.text('course.gift')).categories).toHaveLength(real.quizzes.length);
  });
});

describe('the real course as a QTI package, as Canvas imports it', () => {
  it("gives, after Canvas's /(\\d+)/ rule, every matching choice a number of its own", () => {
    expect(sharedMatchNumbers(zip)).toEqual([]);
  });

  it('imports every question as the same question, with the same right answers and intact text', () => {
    expect(canvasMismatches(zip, real.questions)).toEqual([]);
  });

  it('gives Canvas answer ids it keeps and refers to no question bank the package does not hold', () => {
    expect(badAnswerIds(canvas)).toEqual([]);
    expect(danglingBankRefs(canvas)).toEqual([]);
  });

  it("brings each quiz's settings from assessment_meta.xml: graded, its points, shuffling, attempts", () => {
    expect(canvas.map((quiz) => quiz.settings)).toEqual(real.quizzes.map((quiz) => expectedSettings(quiz)));
  });

  it('gives full marks to the right answers of every question, and only to them, read strictly as QTI 1.2', () => {
    expect(scoringErrors(zip, real.questions)).toEqual([]);
  });

  it.skipIf(!haveSchemas)('validates against the IMS Content Packaging 1.1 and QTI 1.2 schemas', async () => {
    expect(await schemaErrors(zip)).toEqual([]);
  });
});

describe('a changed answer key in the real export', () => {
  // Each case reads the whole export again, which takes seconds on a busy machine.
  it.each(mutations.map((mutation) => [mutation.name, mutation] as const))(
    'is caught: %s',
    { timeout: 120_000 },
    (_, mutation) => {
      expect(mutation.apply(real)(real.questions)).not.toEqual([]);
    },
  );
});
