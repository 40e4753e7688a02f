// cspell:words fieldentry identifierref imsmanifest
/**
 * Test helper: checks of a QTI package by the rules Canvas's converter and importer apply.
 */
import { unzipSync } from 'fflate';
import { parseXml } from '../testFixtures';
import { readResponseIdentifier } from './canvasConverter';
import type { CanvasQuiz } from './canvasPackage';

/** Matching items whose choices do not each get a number of their own from Canvas's first-digits rule. */
export function sharedMatchNumbers(zip: Uint8Array): string[] {
  return Object.entries(unzipSync(zip))
    .filter(([name]) => name !== 'imsmanifest.xml' && !name.endsWith('assessment_meta.xml'))
    .flatMap(([, bytes]) => [
      ...parseXml(new TextDecoder().decode(bytes)).getElementsByTagNameNS('*', 'item'),
    ])
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

/**
 * Items whose `original_answer_ids` Canvas would not keep as they are: each must be a bare number
 * (assessment_item_converter.rb, get_or_generate_answer_id), one per answer, none repeated.
 */
export const badAnswerIds = (quizzes: CanvasQuiz[]) =>
  quizzes
    .flatMap((quiz) => quiz.items)
    .filter((item) => {
      const ids = (item.fields.original_answer_ids ?? '').split(',').filter(Boolean);
      const count = item.choices?.length ?? item.pairs?.length ?? (item.kind === 'truefalse' ? 2 : 0);
      return (
        ids.some((id) => !/^[1-9]\d*$/.test(id)) || new Set(ids).size !== ids.length || ids.length !== count
      );
    })
    .map((item) => item.name);

/** `assessment_question_identifierref` values that point at no question of the package. */
export function danglingBankRefs(quizzes: CanvasQuiz[]): string[] {
  const idents = new Set(quizzes.flatMap((quiz) => quiz.items.map((item) => item.migrationId)));
  return quizzes
    .flatMap((quiz) => quiz.items)
    .map((item) => item.fields.assessment_question_identifierref)
    .filter((ref): ref is string => ref !== undefined && !idents.has(ref));
}

/** The settings Canvas should read for a quiz of the site (see qtiPackage.ts, quizSettings). */
export const expectedSettings = (quiz: {
  title: string;
  shuffle: boolean;
  questions: { points: number }[];
}) => ({
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
});
