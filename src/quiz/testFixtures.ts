/**
 * Sample questions and a quiz for the engine's unit tests (only tests import this file).
 * Built through the schema, so defaults such as points and hints are filled in as in production.
 */
import {
  type QuestionInput,
  type QuestionOf,
  type QuestionType,
  type Quiz,
  type QuizInput,
  questionSchema,
  quizSchema,
} from './schema';

/** Parses question input the way the course plugin does, filling in defaults; keeps the narrow type. */
export function makeQuestion<T extends QuestionType>(
  input: Extract<QuestionInput, { type: T }>,
): QuestionOf<T> {
  return questionSchema.parse(input) as QuestionOf<T>;
}

/** Parses quiz input the way the course plugin does, filling in defaults. */
export function makeQuiz(input: QuizInput): Quiz {
  return quizSchema.parse(input);
}

const common = { explanation: 'Why the answer is right.', prompt: 'A prompt.' };

export const singleQuestion = makeQuestion({
  ...common,
  id: 'dpa-title-i-purpose',
  type: 'single',
  teaches: '#title-i',
  prompt: 'Which part of the DPA lets the government require a company to put its orders first?',
  options: [
    { text: 'Title I', correct: true, feedback: 'Right: Title I covers priorities.' },
    { text: 'Title III', feedback: 'Title III pays to expand capacity.' },
    { text: 'Title VII', feedback: 'Title VII holds general provisions.' },
  ],
  hints: ['Think about which title ranks contracts.', 'It is the first one.'],
});

/** Two right options (0, 2) and two wrong ones (1, 3). */
export const multipleQuestion = makeQuestion({
  ...common,
  id: 'dpa-tools',
  type: 'multiple',
  points: 2,
  options: [
    { text: 'Priorities', correct: true },
    { text: 'Price controls', feedback: 'Not in this sense.' },
    { text: 'Allocations', correct: true },
    { text: 'Tariffs', feedback: 'A different law.' },
  ],
});

export const trueFalseQuestion = makeQuestion({ ...common, id: 'dpa-1950', type: 'truefalse', answer: true });

export const orderingQuestion = makeQuestion({
  ...common,
  id: 'dpa-timeline',
  type: 'ordering',
  items: ['1950 enactment', '2020 pandemic use', '2026 dispute', 'Today'],
});

export const matchingQuestion = makeQuestion({
  ...common,
  id: 'dpa-titles',
  type: 'matching',
  pairs: [
    { term: 'Title I', match: 'Priorities' },
    { term: 'Title III', match: 'Capacity' },
    { term: 'Title VII', match: 'General' },
  ],
});

export const classifyQuestion = makeQuestion({
  ...common,
  id: 'source-labels',
  type: 'classify',
  categories: ['Fact', 'Reported claim', 'Opinion'],
  statements: [
    { text: 'The law was passed in 1950.', category: 'Fact', feedback: 'Checkable in the statute.' },
    { text: 'A paper reported a meeting.', category: 'Reported claim' },
    { text: 'The law is outdated.', category: 'Opinion' },
    { text: 'Congress amended it.', category: 'Fact' },
  ],
});

export const shortQuestion = makeQuestion({
  ...common,
  id: 'dpa-short-name',
  type: 'short',
  answers: ['Defense Production Act', 'DPA'],
});

export const sampleQuiz = makeQuiz({
  id: 'dpa-basics',
  passMark: 80,
  questions: [singleQuestion, multipleQuestion, trueFalseQuestion, shortQuestion],
});
