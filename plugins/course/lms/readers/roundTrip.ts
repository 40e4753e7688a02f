/**
 * Test helper: each export read back the way its LMS reads it and compared, question by question,
 * with the site's questions. Every function returns the differences, "<question id>: <what>".
 */
import { unzipSync } from 'fflate';
import type { Question } from '../../../../src/quiz/schema';
import { importCanvasPackage } from './canvasPackage';
import { expectedImport, importMismatches, type LmsFormat } from './expected';
import { readGiftWithPegjs } from './giftImport';
import type { ImportedQuestion } from './imported';
import { readMoodleXml } from './moodleXmlImport';

function compare(
  format: LmsFormat,
  questions: readonly Question[],
  imported: ImportedQuestion[],
  key: (q: ImportedQuestion) => string | undefined,
) {
  const byKey = new Map<string, ImportedQuestion>();
  const out: string[] = [];
  for (const question of imported) {
    const id = key(question) ?? '';
    if (byKey.has(id)) out.push(`${id}: imported twice`);
    byKey.set(id, question);
  }
  for (const question of questions) {
    out.push(
      ...importMismatches(expectedImport(question, format), byKey.get(question.id)).map(
        (m) => `${question.id}: ${m}`,
      ),
    );
  }
  if (imported.length !== questions.length)
    out.push(`${imported.length} questions imported, ${questions.length} on the site`);
  return out;
}

/** Moodle XML through Moodle's importer (questions found by their ID number). */
export const moodleXmlMismatches = (xml: string, questions: readonly Question[]) =>
  compare('moodleXml', questions, readMoodleXml(xml).questions, (question) => question.idnumber);

/** GIFT through gift-pegjs and Moodle's GIFT rules (questions found by their ID number). */
export const giftMismatches = (gift: string, questions: readonly Question[]) =>
  compare('gift', questions, readGiftWithPegjs(gift).questions, (question) => question.idnumber);

/** The QTI package through Canvas's converter and importer (questions found by their title). */
export function canvasMismatches(zip: Uint8Array, questions: readonly Question[]): string[] {
  const items = importCanvasPackage(unzipSync(zip)).flatMap((quiz) => quiz.items);
  const misfiled = items.flatMap((item) =>
    item.misfiledFeedback.map(
      (id) => `${item.name}: Canvas files feedback "${id}" as right, wrong or solution feedback`,
    ),
  );
  return [...compare('canvas', questions, items, (question) => question.name), ...misfiled];
}
