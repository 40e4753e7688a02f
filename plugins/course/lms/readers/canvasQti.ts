// cspell:words fieldentry fieldlabel itemfeedback mattext qtimetadatafield
/**
 * Test helper: a QTI 1.2 item as Canvas imports it, after its converter (canvasConverter.ts).
 * Each rule names the file and function of Canvas's importer (gems/plugins/qti_exporter/lib/qti/)
 * it follows.
 */
import {
  conditions,
  descendants,
  FEEDBACK_PREFIX,
  readIdentifier,
  readResponseIdentifier,
  type Condition,
} from './canvasConverter';
import { htmlToText, squash, type ImportedChoice, type ImportedQuestion } from './imported';
import { canvasShortAnswerMatches } from './lmsGrading';

export interface CanvasItem extends ImportedQuestion {
  /** assessment_item_converter.rb, create_instructure_question: the item's migration id. */
  migrationId: string;
  /** The metadata fields Canvas reads (parse_instructure_metadata). */
  fields: Record<string, string>;
  /** Feedback Canvas files somewhere other than where the export meant it (get_feedback). */
  misfiledFeedback: string[];
}

/** A material's text as Canvas shows it: HTML rendered, plain text with spaces collapsed. */
export function materialText(material: Element | null | undefined): string {
  const mattext = material?.querySelector('mattext');
  const text = mattext?.textContent ?? '';
  return mattext?.getAttribute('texttype') === 'text/html' ? htmlToText(text) : squash(text);
}

/** choice_interaction.rb, get_response_weight: a SCORE set or added above zero marks the answer right. */
const weight = (condition: Condition) => (condition.score.some((score) => score.value > 0) ? 1 : 0);

const DROPPED_FEEDBACK_ID = /general_|_all|wrong|incorrect|correct|(_IC$)|(_C$)/i;

function choiceBody(item: Element, conditionList: Condition[], feedback: FiledFeedback) {
  const labels = [...item.querySelectorAll('response_lid response_label')];
  const answers = labels.map((label) => ({
    migrationId: readResponseIdentifier(label.getAttribute('ident') ?? ''),
    text: materialText(label.querySelector('material')),
    credit: 0,
    feedbackId: undefined as string | undefined,
  }));
  const byId = new Map(answers.map((answer) => [answer.migrationId, answer]));
  // process_response_conditions: conditions are read in order, and a later one overwrites the weight.
  for (const condition of conditionList) {
    const all = descendants(condition.test);
    const andOfMembers = all.some(
      (test) => test.op === 'and' && test.children.some((child) => child.op === 'member'),
    );
    const targets = andOfMembers
      ? // "responseIf > and > member": each one is a right answer.
        (condition.test.op === 'and' ? condition.test.children : [])
          .filter((test) => test.op === 'member')
          .map((test) => ({ id: test.value, credit: 1 }))
      : // Otherwise the first match or member names the answer, and the score decides its weight.
        all
          .filter((test) => test.op === 'match' || test.op === 'member')
          .slice(0, 1)
          .map((test) => ({ id: test.value, credit: weight(condition) }));
    for (const target of targets) {
      const answer = byId.get(target.id ?? '');
      if (!answer) continue;
      answer.credit = target.credit;
      // get_feedback_id: the condition's first feedback, unless it looks like general, right or wrong feedback.
      const [first] = condition.feedback;
      answer.feedbackId ??= first && !DROPPED_FEEDBACK_ID.test(first) ? first : undefined;
    }
  }
  return answers.map((answer): ImportedChoice => ({
    text: answer.text,
    credit: answer.credit,
    // attach_feedback_values, then get_feedback's `feedback_(\d*)_fb` rule, which wins.
    feedback: feedback.byAnswer.get(answer.migrationId) ?? feedback.byId.get(answer.feedbackId ?? '') ?? '',
  }));
}

interface FiledFeedback {
  byId: Map<string, string>;
  byAnswer: Map<string, string>;
  general: string;
  misfiled: string[];
}

/** assessment_item_converter.rb, get_feedback: each feedback is filed by what its id looks like. */
function fileFeedback(item: Element): FiledFeedback {
  const filed: FiledFeedback = { byId: new Map(), byAnswer: new Map(), general: '', misfiled: [] };
  for (const block of item.querySelectorAll('itemfeedback')) {
    const id = readIdentifier(block.getAttribute('ident') ?? '', FEEDBACK_PREFIX);
    const text = materialText(block.querySelector('material'));
    filed.byId.set(id, text);
    const answer = /feedback_(\d*)_fb/i.exec(id);
    // The export writes no right-answer, wrong-answer or solution feedback, so those ids are mistakes.
    if (/wrong|incorrect|(_IC$)|correct|(_C$)|solution/i.test(id)) filed.misfiled.push(id);
    else if (/general_|_all/i.test(id)) filed.general = text;
    else if (answer) filed.byAnswer.set(`RESPONSE_${answer[1] ?? ''}`, text);
  }
  return filed;
}

/** associate_interaction.rb: get_canvas_matches, get_canvas_answers and ensure_correct_format. */
function matchingBody(item: Element, conditionList: Condition[]) {
  const rows = [...item.querySelectorAll('response_lid')];
  let local = 100_000;
  const matches = [...(rows[0]?.querySelectorAll('response_label') ?? [])].map((label) => {
    const identifier = readResponseIdentifier(label.getAttribute('ident') ?? '');
    const digits = /(\d+)/.exec(identifier);
    // The match's id is the first run of digits in its identifier, or a new random number.
    return {
      identifier,
      matchId: digits ? Number(digits[1]) : (local += 1),
      text: materialText(label.querySelector('material')),
    };
  });
  const answers = rows.map((row) => ({
    responseId: readResponseIdentifier(row.getAttribute('ident') ?? ''),
    term: materialText(row.querySelector(':scope > material')),
    matchId: undefined as number | undefined,
  }));
  for (const condition of conditionList) {
    const match = descendants(condition.test).find((test) => test.op === 'match');
    const answer = answers.find((candidate) => candidate.responseId === match?.respident);
    const target = matches.find((candidate) => candidate.identifier === match?.value);
    if (answer && target && condition.score.some((score) => score.action === 'add'))
      answer.matchId = target.matchId;
  }
  const pairs = answers.map((answer) => ({
    term: answer.term,
    match: matches.find((candidate) => candidate.matchId === answer.matchId)?.text ?? '',
  }));
  const used = new Set(answers.map((answer) => answer.matchId));
  return {
    pairs,
    extraMatches: matches.filter((match) => !used.has(match.matchId)).map((match) => match.text),
  };
}

/** extended_text_interaction.rb, process_response_conditions: every string test of every condition is a right answer. */
function shortBody(conditionList: Condition[]) {
  const accepted = [
    ...new Set(
      conditionList.flatMap((condition) =>
        descendants(condition.test)
          .filter((test) => test.op === 'stringMatch')
          .map((test) => test.value ?? ''),
      ),
    ),
  ].filter((text) => text !== '');
  return {
    accepted,
    accepts: (typed: string) => accepted.some((answer) => canvasShortAnswerMatches(typed, answer)),
  };
}

const KINDS = {
  multiple_choice_question: 'single',
  multiple_answers_question: 'multiple',
  true_false_question: 'truefalse',
  matching_question: 'matching',
  short_answer_question: 'short',
} as const;

/** One <item> as Canvas's question. */
export function canvasItem(item: Element): CanvasItem {
  const fields = Object.fromEntries(
    [...item.querySelectorAll('itemmetadata qtimetadatafield')].map((field) => [
      field.querySelector('fieldlabel')?.textContent ?? '',
      field.querySelector('fieldentry')?.textContent ?? '',
    ]),
  );
  const type = fields.question_type ?? '';
  const kind = KINDS[type as keyof typeof KINDS];
  if (!kind) throw new Error(`Canvas would guess the type of ${item.getAttribute('ident') ?? ''}: "${type}"`);
  const feedback = fileFeedback(item);
  const conditionList = conditions(item);
  const common = {
    migrationId: readIdentifier(item.getAttribute('ident') ?? '', 'ID-').replace(/:/g, '-'),
    fields,
    misfiledFeedback: feedback.misfiled,
    name: item.getAttribute('title') ?? '',
    text: materialText(item.querySelector('presentation > material')),
    generalFeedback: feedback.general,
    points: Math.max(Number(fields.points_possible ?? 1) || 0, 0),
  };
  switch (kind) {
    case 'single':
    case 'multiple':
      return { ...common, kind, choices: choiceBody(item, conditionList, feedback) };
    case 'truefalse': {
      // process_true_false_question: two answers named True and False, or it is multiple choice.
      const choices = choiceBody(item, conditionList, feedback);
      const yes = choices.find((choice) => /true/i.test(choice.text));
      const valid =
        choices.length === 2 && yes && choices.some((choice) => choice !== yes && /false/i.test(choice.text));
      return valid ? { ...common, kind, answer: yes.credit > 0 } : { ...common, kind: 'single', choices };
    }
    case 'matching':
      return { ...common, kind, ...matchingBody(item, conditionList) };
    case 'short':
      return { ...common, kind, ...shortBody(conditionList) };
  }
}
