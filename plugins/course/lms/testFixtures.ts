// cspell:words formedness parsererror truefalse
/**
 * Shared test data for the LMS exports (only tests import this file): one question of each
 * type, the same questions filled with hostile text, and an XML well-formedness check.
 */
import {
  classifyQuestion,
  makeQuestion,
  makeQuiz,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  shortQuestion,
  singleQuestion,
  trueFalseQuestion,
} from '../../../src/quiz/testFixtures';
import type { Quiz } from '../../../src/quiz/schema';
import type { BankQuiz, QuestionBank } from './bank';
import { toBankQuestion } from './bank';

/** Text that breaks naive exporters: GIFT specials, HTML, a CDATA end, quotes, a format marker. */
export const HOSTILE = `[html]%50% <script>alert("x")</script> a { b } ~c =d #e :f \\g ]]> 'q' "dq" & -> <b onclick="x">bold</b>`;

/** The same text when it cannot be read as MDX (unbalanced braces), so the plain-Markdown path runs too. */
export const HOSTILE_UNBALANCED = `{ <img src=x onerror=alert(1)> ]]> ~ = # : \\`;

export const everyType = [
  singleQuestion,
  multipleQuestion,
  trueFalseQuestion,
  orderingQuestion,
  matchingQuestion,
  classifyQuestion,
  shortQuestion,
];

const hostileCommon = { prompt: HOSTILE, explanation: HOSTILE_UNBALANCED, hints: [HOSTILE] };

export const hostileQuestions = [
  makeQuestion({
    ...hostileCommon,
    id: 'hostile-single',
    type: 'single',
    options: [
      { text: HOSTILE, correct: true, feedback: HOSTILE },
      { text: HOSTILE_UNBALANCED, feedback: HOSTILE_UNBALANCED },
    ],
  }),
  makeQuestion({
    ...hostileCommon,
    id: 'hostile-multiple',
    type: 'multiple',
    options: [
      { text: HOSTILE, correct: true },
      { text: HOSTILE_UNBALANCED, correct: true },
      { text: '%-100% wrong', feedback: HOSTILE },
    ],
  }),
  makeQuestion({ ...hostileCommon, id: 'hostile-truefalse', type: 'truefalse', answer: false }),
  makeQuestion({
    ...hostileCommon,
    id: 'hostile-ordering',
    type: 'ordering',
    items: [HOSTILE, HOSTILE_UNBALANCED],
  }),
  makeQuestion({
    ...hostileCommon,
    id: 'hostile-matching',
    type: 'matching',
    pairs: [
      { term: HOSTILE, match: HOSTILE },
      { term: `${HOSTILE_UNBALANCED} -> x`, match: HOSTILE_UNBALANCED },
    ],
  }),
  makeQuestion({
    ...hostileCommon,
    id: 'hostile-classify',
    type: 'classify',
    categories: [HOSTILE, 'Other', 'Unused / spare'],
    statements: [
      { text: HOSTILE, category: HOSTILE, feedback: HOSTILE_UNBALANCED },
      { text: 'plain', category: 'Other' },
    ],
  }),
  makeQuestion({ ...hostileCommon, id: 'hostile-short', type: 'short', answers: [HOSTILE, '%50% off'] }),
];

function bankQuiz(quiz: Quiz, unit: string): BankQuiz {
  return {
    id: quiz.id,
    title: quiz.title ?? quiz.id,
    unit,
    shuffle: quiz.shuffle,
    questions: quiz.questions.map(toBankQuestion),
  };
}

/** A two-quiz bank: every type once, then every type with hostile text. */
export const sampleBank: QuestionBank = {
  title: 'Sample course',
  quizzes: [
    bankQuiz(makeQuiz({ id: 'every-type', title: 'Every type', questions: everyType }), 'Unit 1: Basics'),
    bankQuiz(
      makeQuiz({ id: 'hostile', title: 'Hostile / text: {x}', questions: hostileQuestions }),
      'Unit 2',
    ),
  ],
};

/** Parses XML with the DOM (vitest's jsdom environment); throws with the parser's message if it is not well formed. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Every element of a tag name, by local name (namespaces ignored). */
export const byTag = (node: Document | Element, tag: string): Element[] => [
  ...node.getElementsByTagNameNS('*', tag),
];

/**
 * Questions that broke the exports once, as LMSs read them: ids with digits (Canvas took the first
 * digits of every matching choice's id), entities beside spaces and line breaks (Moodle dropped
 * them), matching with two answers (Moodle cannot save an edit of it), and typed answers with
 * punctuation or a `*`.
 */
const trapCommon = { prompt: 'Answer the question.', explanation: 'Why the answer is right.' };

export const trapQuestions = [
  makeQuestion({
    id: 'u1-q2-quotes',
    type: 'single',
    prompt: `It's "accepted" & 'performed'\nthen rated`,
    explanation: 'A <b>bold</b> "claim" & a \'quote\'\nacross lines.',
    options: [
      { text: `"A" & 'B'`, correct: true },
      { text: 'C > D', feedback: `"No" & 'never'` },
    ],
  }),
  makeQuestion({
    ...trapCommon,
    id: 'u1-q3-match',
    type: 'matching',
    pairs: [
      { term: 'Title 1', match: 'Priorities 1950' },
      { term: 'Title 3', match: 'Capacity 2020' },
      { term: 'Title 7', match: 'General 2026' },
    ],
  }),
  makeQuestion({
    ...trapCommon,
    id: 'u1-q4-two-answers',
    type: 'matching',
    pairs: [
      { term: 'DPA', match: 'Compels' },
      { term: 'FASCSA', match: 'Excludes' },
    ],
  }),
  makeQuestion({ ...trapCommon, id: 'u1-q5-order', type: 'ordering', items: ['1950', '2020', '2026'] }),
  makeQuestion({
    ...trapCommon,
    id: 'u1-q6-short',
    type: 'short',
    answers: ['Title III', '"a*b"', 'D.C. Cir.'],
  }),
];

/** One quiz of the trap questions. */
export const trapBank: QuestionBank = {
  title: 'Trap course',
  quizzes: [bankQuiz(makeQuiz({ id: 'q1-traps', title: 'Traps 1', questions: trapQuestions }), 'Unit 1')],
};
