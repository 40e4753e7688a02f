/**
 * Moodle XML read the way Moodle reads it (readers/moodleXmlize.ts, readers/moodleXmlImport.ts):
 * the fixtures that broke it once, then every question of the real course.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ORDERING_INSTRUCTION } from './bank';
import { courseToMoodleXml } from './moodleXml';
import { readGiftWithPegjs } from './readers/giftImport';
import { readMoodleXml } from './readers/moodleXmlImport';
import { xmlize, type XmlizeNode } from './readers/moodleXmlize';
import { phpTrim, type ImportedQuestion } from './readers/imported';
import { realExports, type RealExports } from './readers/realExports';
import { moodleXmlMismatches } from './readers/roundTrip';
import { hostileQuestions, sampleBank, trapBank, trapQuestions } from './testFixtures';

const textElements = (node: XmlizeNode): XmlizeNode[] => [
  ...(node.name === 'text' ? [node] : []),
  ...node.children.flatMap(textElements),
];

/** Every <text> whose text Moodle reads differently from a conforming XML parser. */
function lostText(xml: string): string[] {
  return textElements(xmlize(xml))
    .filter((node) => phpTrim(node.text) !== phpTrim(node.fullText))
    .map(
      (node) => `${JSON.stringify(phpTrim(node.fullText))} arrives as ${JSON.stringify(phpTrim(node.text))}`,
    );
}

/**
 * Matching questions a teacher could not save after editing them in Moodle, whose form wants two
 * questions and three answers (question/type/match/edit_match_form.php, validation: it counts rows,
 * so an extra answer with no question counts too).
 */
const unsaveableMatching = (questions: ImportedQuestion[]) =>
  questions
    .filter((question) => question.kind === 'matching')
    .filter(
      (question) =>
        (question.pairs ?? []).length < 2 ||
        (question.pairs ?? []).length + (question.extraMatches ?? []).length < 3,
    )
    .map((question) => question.name);
const fewerThanThreeAnswers = (xml: string) => unsaveableMatching(readMoodleXml(xml).questions);

describe('Moodle XML as Moodle imports it: fixtures', () => {
  const traps = courseToMoodleXml(trapBank);

  it('loses no space or line break between entities (Moodle drops text pieces that are only white space)', () => {
    expect(lostText(traps)).toEqual([]);
    expect(lostText(courseToMoodleXml(sampleBank))).toEqual([]);
  });

  it('imports every trap and hostile question with its type, texts and right answers', () => {
    expect(moodleXmlMismatches(traps, trapQuestions)).toEqual([]);
    const hostile = courseToMoodleXml({ ...sampleBank, quizzes: sampleBank.quizzes.slice(1) });
    expect(moodleXmlMismatches(hostile, hostileQuestions)).toEqual([]);
  });

  it('finds a matching question with two answers, which Moodle cannot save after an edit', () => {
    expect(fewerThanThreeAnswers(traps)).toEqual(['u1-q4-two-answers']);
  });
});

describe('Moodle XML as Moodle imports it: the real course', () => {
  let real: RealExports;
  let xml: string;
  beforeAll(async () => {
    real = await realExports();
    xml = real.text('course-moodle.xml');
  }, 60_000);

  it('loses no text on the way in', () => {
    expect(lostText(xml)).toEqual([]);
  });

  it('imports every question as the same question, with the same right answers and intact text', () => {
    expect(moodleXmlMismatches(xml, real.questions)).toEqual([]);
  });

  it('files the questions of each quiz under course / unit / quiz, with every hint', () => {
    const read = readMoodleXml(xml);
    expect(read.categories).toHaveLength(real.quizzes.length);
    // Moodle splits a category path at each single slash; a doubled one is a slash in a name.
    expect(read.categories.filter((path) => path.split(/(?<!\/)\/(?!\/)/).length !== 3)).toEqual([]);
    const hints = real.questions.map((question) => [question.id, question.hints.length]);
    expect(hints.map(([id]) => [id, read.hints.get(String(id))])).toEqual(hints);
  });

  it('shows ordering questions without the sentence written for the matching form', () => {
    const ordering = readMoodleXml(xml).questions.filter((question) => question.kind === 'ordering');
    expect(ordering.length).toBeGreaterThan(0);
    expect(
      ordering.filter((question) => question.text.includes(ORDERING_INSTRUCTION)).map((q) => q.name),
    ).toEqual([]);
  });

  // Fails until the content branch gives gallery-matching a third answer (issue 15): Moodle imports
  // it, but a teacher who edits it cannot save it.
  it('has no matching question Moodle cannot save after an edit, in XML or GIFT (fails until the lesson fixes land)', () => {
    expect(fewerThanThreeAnswers(xml)).toEqual([]);
    expect(unsaveableMatching(readGiftWithPegjs(real.text('course.gift')).questions)).toEqual([]);
  });
});
