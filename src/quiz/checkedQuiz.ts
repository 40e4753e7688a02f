/**
 * Completes a quiz that the build has already validated: fills in the defaults and trims the text,
 * giving what `quizSchema.parse` would give, without zod. Lesson pages use it so that they never
 * load or build the quiz schemas, which were a measurable part of a slow phone's start-up
 * (bench/REPORT.md). Input the build has not checked (the live editor) goes through the schema.
 */
import type { Question, QuestionInput, Quiz, QuizInput } from './schema';
import { QUESTION_DEFAULTS, QUIZ_DEFAULTS } from './vocabulary';

const trim = (text: string) => text.trim();
const trimOptional = (text: string | undefined) => (text === undefined ? undefined : text.trim());

function completeQuestion(question: QuestionInput): Question {
  const common = {
    id: question.id,
    prompt: question.prompt.trim(),
    points: question.points ?? QUESTION_DEFAULTS.points,
    teaches: question.teaches,
    hints: (question.hints ?? []).map(trim),
    explanation: question.explanation.trim(),
  };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...common,
        type: question.type,
        options: question.options.map((option) => ({
          text: option.text.trim(),
          correct: option.correct ?? QUESTION_DEFAULTS.correct,
          feedback: trimOptional(option.feedback),
        })),
      };
    case 'truefalse':
      return { ...common, type: question.type, answer: question.answer };
    case 'ordering':
      return { ...common, type: question.type, items: question.items.map(trim) };
    case 'matching':
      return {
        ...common,
        type: question.type,
        pairs: question.pairs.map((pair) => ({ term: pair.term.trim(), match: pair.match.trim() })),
      };
    case 'classify':
      return {
        ...common,
        type: question.type,
        categories: question.categories.map(trim),
        statements: question.statements.map((statement) => ({
          text: statement.text.trim(),
          category: statement.category.trim(),
          feedback: trimOptional(statement.feedback),
        })),
      };
    case 'short':
      return { ...common, type: question.type, answers: question.answers.map(trim) };
  }
}

/** The quiz as the schema would return it. Only for input the build validated: nothing is checked here. */
export function completeCheckedQuiz(quiz: QuizInput): Quiz {
  return {
    id: quiz.id,
    title: trimOptional(quiz.title),
    passMark: quiz.passMark ?? QUIZ_DEFAULTS.passMark,
    mode: quiz.mode ?? QUIZ_DEFAULTS.mode,
    shuffle: quiz.shuffle ?? QUIZ_DEFAULTS.shuffle,
    questions: quiz.questions.map(completeQuestion),
  };
}
