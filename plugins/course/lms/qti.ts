// cspell:words conditionvar decvar displayfeedback feedbacktype fieldentry fieldlabel identifierref itemfeedback itemmetadata linkrefid mattext maxvalue minvalue qtimetadata qtimetadatafield rcardinality respcondition respident resprocessing rshuffle setvar texttype truefalse varequal vartype
/**
 * QTI 1.2 items in the flavour Canvas writes and reads (the package around them: qtiPackage.ts).
 * The Canvas question type travels in <qtimetadata> as `question_type`.
 *
 * What does not travel: hints; the site's partial-credit rule for multiple answers (Canvas applies
 * its own); formatting in matching terms and matches (Canvas shows those as plain text).
 */
import type { BankQuestion } from './bank';
import { markdownToHtml, markdownToInlineHtml, markdownToPlainText, type MarkupOptions } from './markup';
import { lmsAcceptedAnswers } from './shortAnswers';
import { element, wrap, xmlIdent } from './xml';

const RESPONSE = 'response1';

/** Canvas's name for each shape; ordering and classify arrive here already as matching. */
export const CANVAS_QUESTION_TYPES = {
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  truefalse: 'true_false_question',
  matching: 'matching_question',
  short: 'short_answer_question',
} as const;

function canvasType(question: BankQuestion): string {
  if (question.kind === 'choice') return CANVAS_QUESTION_TYPES[question.multiple ? 'multiple' : 'single'];
  return CANVAS_QUESTION_TYPES[question.kind];
}

const html = (markdown: string, options: MarkupOptions) =>
  wrap('material', {}, [element('mattext', { texttype: 'text/html' }, markdownToHtml(markdown, options))]);
const inlineHtml = (markdown: string, options: MarkupOptions) =>
  wrap('material', {}, [
    element('mattext', { texttype: 'text/html' }, markdownToInlineHtml(markdown, options)),
  ]);
const plain = (text: string) => wrap('material', {}, [element('mattext', { texttype: 'text/plain' }, text)]);

export function metadata(fields: Record<string, string>): string {
  return wrap(
    'qtimetadata',
    {},
    Object.entries(fields).map(([label, entry]) =>
      wrap('qtimetadatafield', {}, [element('fieldlabel', {}, label), element('fieldentry', {}, entry)]),
    ),
  );
}

const varequal = (respident: string, value: string) => element('varequal', { respident }, value);
const setScore = (action: 'Set' | 'Add', value: string) =>
  element('setvar', { action, varname: 'SCORE' }, value);
const condition = (continues: boolean, test: string[], result: string[]) =>
  wrap('respcondition', { continue: continues ? 'Yes' : 'No' }, [wrap('conditionvar', {}, test), ...result]);
const showFeedback = (ident: string) =>
  element('displayfeedback', { feedbacktype: 'Response', linkrefid: ident });
const feedbackBlock = (ident: string, markdown: string, options: MarkupOptions) =>
  wrap('itemfeedback', { ident }, [wrap('flow_mat', {}, [html(markdown, options)])]);

interface Parts {
  responses: string[];
  conditions: string[];
  feedback: string[];
  /** Canvas's `original_answer_ids`: the answer ids it keeps, in the order it meets the answers. */
  answerIds?: string[];
}

/**
 * Canvas reads numbers out of identifiers: a matching choice's id is the first run of digits in
 * its ident (qti_exporter associate_interaction.rb, get_canvas_matches: `/(\d+)/`), and an answer's
 * id is taken from `original_answer_ids` or its response ident minus `response_` when that is a
 * bare number (assessment_item_converter.rb, get_or_generate_answer_id). So, as in Canvas's own
 * exports (lib/cc/qti/qti_items.rb), every choice is a bare number unique within its question,
 * each matching row is `response_<number>`, and a choice's feedback is `<number>_fb`.
 */
const numbers = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => String(from + index));

function choiceParts(question: Extract<BankQuestion, { kind: 'choice' }>, options: MarkupOptions): Parts {
  const ids = numbers(question.options.length);
  const labels = question.options.map((option, index) =>
    wrap('response_label', { ident: ids[index] }, [inlineHtml(option.text, options)]),
  );
  const responses = [
    wrap('response_lid', { ident: RESPONSE, rcardinality: question.multiple ? 'Multiple' : 'Single' }, [
      wrap('render_choice', {}, labels),
    ]),
  ];
  const conditions: string[] = [];
  const feedback: string[] = [];
  question.options.forEach((option, index) => {
    const id = ids[index] ?? '';
    if (option.feedback === undefined) return;
    conditions.push(condition(true, [varequal(RESPONSE, id)], [showFeedback(`${id}_fb`)]));
    feedback.push(feedbackBlock(`${id}_fb`, option.feedback, options));
  });
  const right = ids.filter((_, index) => question.options[index]?.correct);
  const test = question.multiple
    ? [
        wrap(
          'and',
          {},
          ids.map((id) =>
            right.includes(id) ? varequal(RESPONSE, id) : wrap('not', {}, [varequal(RESPONSE, id)]),
          ),
        ),
      ]
    : right.map((id) => varequal(RESPONSE, id));
  const single = test.length === 1 || question.multiple ? test : [wrap('or', {}, test)];
  // Scored last: Canvas takes an answer's weight from the last condition naming it (choice_interaction.rb).
  conditions.push(condition(false, single, [setScore('Set', '100')]));
  return { responses, conditions, feedback, answerIds: ids };
}

function trueFalseParts(answer: boolean): Parts {
  const [yes, no] = numbers(2) as [string, string];
  const responses = [
    wrap('response_lid', { ident: RESPONSE, rcardinality: 'Single' }, [
      wrap('render_choice', {}, [
        wrap('response_label', { ident: yes }, [plain('True')]),
        wrap('response_label', { ident: no }, [plain('False')]),
      ]),
    ]),
  ];
  return {
    responses,
    conditions: [condition(false, [varequal(RESPONSE, answer ? yes : no)], [setScore('Set', '100')])],
    feedback: [],
    answerIds: [yes, no],
  };
}

function matchingParts(question: Extract<BankQuestion, { kind: 'matching' }>): Parts {
  // Each distinct match is one choice, shared by every term (classify repeats its categories).
  const matches = [...new Set([...question.pairs.map((pair) => pair.match), ...question.distractors])];
  const rowIds = numbers(question.pairs.length);
  const matchIds = numbers(matches.length, question.pairs.length + 1);
  const matchId = (match: string) => matchIds[matches.indexOf(match)] ?? '';
  const labels = matches.map((match) =>
    wrap('response_label', { ident: matchId(match) }, [plain(markdownToPlainText(match))]),
  );
  const share = String(Math.round((100 / question.pairs.length) * 100000) / 100000);
  const responses: string[] = [];
  const conditions: string[] = [];
  question.pairs.forEach((pair, index) => {
    const respident = `response_${rowIds[index] ?? ''}`;
    responses.push(
      wrap('response_lid', { ident: respident }, [
        plain(markdownToPlainText(pair.term)),
        wrap('render_choice', {}, labels),
      ]),
    );
    // continue="Yes": every term is scored, not only the first one that is right.
    conditions.push(condition(true, [varequal(respident, matchId(pair.match))], [setScore('Add', share)]));
  });
  return { responses, conditions, feedback: [], answerIds: rowIds };
}

/** One condition per accepted answer would do too; `<or>` keeps them in one, and every one of them scores. */
function shortParts(answers: string[]): Parts {
  const responses = [
    wrap('response_str', { ident: RESPONSE, rcardinality: 'Single' }, [
      wrap('render_fib', {}, [element('response_label', { ident: 'answer1', rshuffle: 'No' })]),
    ]),
  ];
  const tests = lmsAcceptedAnswers(answers).map((answer) => varequal(RESPONSE, answer));
  const test = tests.length === 1 ? tests : [wrap('or', {}, tests)];
  return { responses, conditions: [condition(false, test, [setScore('Set', '100')])], feedback: [] };
}

function parts(question: BankQuestion, options: MarkupOptions): Parts {
  switch (question.kind) {
    case 'choice':
      return choiceParts(question, options);
    case 'truefalse':
      return trueFalseParts(question.answer);
    case 'matching':
      return matchingParts(question);
    case 'short':
      return shortParts(question.answers);
  }
}

/**
 * One <item>: prompt, responses, scoring out of 100, per-answer feedback and the explanation as
 * general feedback. No `assessment_question_identifierref`: it would point at a question bank the
 * package does not hold; without it Canvas files the questions in a bank of its own.
 */
export function questionToQtiItem(question: BankQuestion, options: MarkupOptions = {}): string {
  const { responses, conditions, feedback, answerIds } = parts(question, options);
  const fields: Record<string, string> = {
    question_type: canvasType(question),
    points_possible: question.points.toFixed(1),
    ...(answerIds ? { original_answer_ids: answerIds.join(',') } : {}),
  };
  // Canvas shows `general_fb` to every learner after answering, whatever they chose.
  const general = condition(true, [element('other', {})], [showFeedback('general_fb')]);
  return wrap('item', { ident: xmlIdent('item-', question.id), title: question.id }, [
    wrap('itemmetadata', {}, [metadata(fields)]),
    wrap('presentation', {}, [html(question.prompt, options), ...responses]),
    wrap('resprocessing', {}, [
      wrap('outcomes', {}, [
        element('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' }),
      ]),
      general,
      ...conditions,
    ]),
    feedbackBlock('general_fb', question.explanation, options),
    ...feedback,
  ]);
}
