// cspell:words Zippable conditionvar decvar displayfeedback feedbacktype fieldentry fieldlabel identifierref imsmanifest imsqti itemfeedback itemmetadata linkrefid mattext maxattempts maxvalue minvalue qtimetadata qtimetadatafield questestinterop rcardinality respcondition respident resprocessing rshuffle schemaversion setvar texttype truefalse varequal vartype xmlv
/**
 * An IMS QTI 1.2 package in the flavour Canvas writes and reads (Settings → Import course content →
 * QTI .zip file): imsmanifest.xml (IMS Content Packaging 1.1) lists one `imsqti_xmlv1p2` resource
 * per quiz, and each quiz is `<id>/<id>.xml` holding one <assessment>. The Canvas question type
 * travels in <qtimetadata> as `question_type`.
 *
 * What does not travel: hints; the site's partial-credit rule for multiple answers (Canvas applies
 * its own); formatting in matching terms and matches (Canvas shows those as plain text).
 */
import { zipSync, type Zippable } from 'fflate';
import type { BankQuestion, BankQuiz, QuestionBank } from './bank';
import { markdownToHtml, markdownToInlineHtml, markdownToPlainText, type MarkupOptions } from './markup';
import { element, wrap, XML_DECLARATION, xmlIdent } from './xml';

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
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

function metadata(fields: Record<string, string>): string {
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
  answerIds?: string[];
}

function choiceParts(
  question: Extract<BankQuestion, { kind: 'choice' }>,
  item: string,
  options: MarkupOptions,
): Parts {
  const ids = question.options.map((_, index) => `${item}-c${index + 1}`);
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
  conditions.push(condition(false, single, [setScore('Set', '100')]));
  return { responses, conditions, feedback, answerIds: ids };
}

function trueFalseParts(answer: boolean, item: string): Parts {
  const ids = { true: `${item}-true`, false: `${item}-false` };
  const responses = [
    wrap('response_lid', { ident: RESPONSE, rcardinality: 'Single' }, [
      wrap('render_choice', {}, [
        wrap('response_label', { ident: ids.true }, [plain('True')]),
        wrap('response_label', { ident: ids.false }, [plain('False')]),
      ]),
    ]),
  ];
  const right = answer ? ids.true : ids.false;
  return {
    responses,
    conditions: [condition(false, [varequal(RESPONSE, right)], [setScore('Set', '100')])],
    feedback: [],
    answerIds: [ids.true, ids.false],
  };
}

function matchingParts(question: Extract<BankQuestion, { kind: 'matching' }>, item: string): Parts {
  // Each distinct match is one choice, shared by every term (classify repeats its categories).
  const matches = [...new Set([...question.pairs.map((pair) => pair.match), ...question.distractors])];
  const matchId = (match: string) => `${item}-m${matches.indexOf(match) + 1}`;
  const labels = matches.map((match) =>
    wrap('response_label', { ident: matchId(match) }, [plain(markdownToPlainText(match))]),
  );
  const share = String(Math.round((100 / question.pairs.length) * 100000) / 100000);
  const responses: string[] = [];
  const conditions: string[] = [];
  question.pairs.forEach((pair, index) => {
    const respident = `${item}-t${index + 1}`;
    responses.push(
      wrap('response_lid', { ident: respident }, [
        plain(markdownToPlainText(pair.term)),
        wrap('render_choice', {}, labels),
      ]),
    );
    // continue="Yes": every term is scored, not only the first one that is right.
    conditions.push(condition(true, [varequal(respident, matchId(pair.match))], [setScore('Add', share)]));
  });
  return { responses, conditions, feedback: [] };
}

function shortParts(answers: string[]): Parts {
  const responses = [
    wrap('response_str', { ident: RESPONSE, rcardinality: 'Single' }, [
      wrap('render_fib', {}, [element('response_label', { ident: 'answer1', rshuffle: 'No' })]),
    ]),
  ];
  const test = answers.map((answer) => varequal(RESPONSE, markdownToPlainText(answer)));
  return { responses, conditions: [condition(false, test, [setScore('Set', '100')])], feedback: [] };
}

function parts(question: BankQuestion, item: string, options: MarkupOptions): Parts {
  switch (question.kind) {
    case 'choice':
      return choiceParts(question, item, options);
    case 'truefalse':
      return trueFalseParts(question.answer, item);
    case 'matching':
      return matchingParts(question, item);
    case 'short':
      return shortParts(question.answers);
  }
}

/** One <item>: prompt, responses, scoring out of 100, per-answer feedback and the explanation as general feedback. */
export function questionToQtiItem(question: BankQuestion, options: MarkupOptions = {}): string {
  const item = xmlIdent('item-', question.id);
  const { responses, conditions, feedback, answerIds } = parts(question, item, options);
  const fields: Record<string, string> = {
    question_type: canvasType(question),
    points_possible: question.points.toFixed(1),
    ...(answerIds ? { original_answer_ids: answerIds.join(',') } : {}),
    assessment_question_identifierref: xmlIdent('bank-', question.id),
  };
  // Canvas shows `general_fb` to every learner after answering, whatever they chose.
  const general = condition(true, [element('other', {})], [showFeedback('general_fb')]);
  return wrap('item', { ident: item, title: question.id }, [
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

export const quizIdent = (quiz: BankQuiz) => xmlIdent('quiz-', quiz.id);

/** One quiz as a QTI 1.2 <questestinterop> document. */
export function quizToQtiAssessment(quiz: BankQuiz, options: MarkupOptions = {}): string {
  const assessment = wrap('assessment', { ident: quizIdent(quiz), title: quiz.title }, [
    metadata({ cc_maxattempts: '1' }),
    wrap(
      'section',
      { ident: 'root_section' },
      quiz.questions.map((question) => questionToQtiItem(question, options)),
    ),
  ]);
  const root = wrap('questestinterop', { xmlns: QTI_NAMESPACE }, [assessment]);
  return `${XML_DECLARATION}\n${root}\n`;
}

/** The path of a quiz's assessment file inside the package. */
export const assessmentPath = (quiz: BankQuiz) => `${quizIdent(quiz)}/${quizIdent(quiz)}.xml`;

/** imsmanifest.xml: every assessment as a resource of type imsqti_xmlv1p2. */
export function qtiManifest(bank: QuestionBank): string {
  const resources = bank.quizzes.map((quiz) =>
    wrap(
      'resource',
      { identifier: `res-${quizIdent(quiz)}`, type: 'imsqti_xmlv1p2', href: assessmentPath(quiz) },
      [element('file', { href: assessmentPath(quiz) })],
    ),
  );
  const manifest = wrap(
    'manifest',
    {
      identifier: 'course-question-bank',
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    },
    [
      wrap('metadata', {}, [element('schema', {}, 'IMS Content'), element('schemaversion', {}, '1.1.3')]),
      element('organizations', {}),
      wrap('resources', {}, resources),
    ],
  );
  return `${XML_DECLARATION}\n${manifest}\n`;
}

/** A fixed file date, so two builds of the same lessons give byte-identical zips. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** The whole course as a QTI .zip Canvas imports; one assessment per quiz. */
export function courseToQtiZip(bank: QuestionBank, options: MarkupOptions = {}): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Zippable = { 'imsmanifest.xml': encode(qtiManifest(bank)) };
  for (const quiz of bank.quizzes) files[assessmentPath(quiz)] = encode(quizToQtiAssessment(quiz, options));
  return zipSync(files, { level: 9, mtime: ZIP_DATE });
}
