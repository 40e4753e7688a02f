/**
 * The answer key: each question's prompt, its right answer in words and its explanation. Plain
 * TypeScript with no React: the course plugin runs it at build time and publishes the result only
 * to the /teach/answer-key route, so answers never ship to lesson pages (see plugins/course).
 */
import type { Question, QuestionType } from './schema';

/** The right answer in words: a label ("Correct answer", "Right order"…) and one line per part. */
export interface AnswerKeyAnswer {
  label: string;
  /** True when the lines' order matters (ordering questions), so they print as a numbered list. */
  ordered: boolean;
  lines: string[];
}

export interface AnswerKeyQuestion {
  id: string;
  type: QuestionType;
  points: number;
  prompt: string;
  answer: AnswerKeyAnswer;
  explanation: string;
}

export interface AnswerKeyQuiz {
  id: string;
  title: string;
  lessonTitle: string;
  permalink: string;
  questions: AnswerKeyQuestion[];
}

/** Every quiz of the course in course order; the route module of /teach/answer-key. */
export interface AnswerKeyData {
  quizzes: AnswerKeyQuiz[];
}

/** Turns an author's Markdown into display text; the plugin passes a Markdown-to-plain-text converter. */
export type ToText = (markdown: string) => string;

const asIs: ToText = (text) => text;

/** The right answer of one question as answer-key lines, whatever its type. */
export function answerKeyAnswer(question: Question, toText: ToText = asIs): AnswerKeyAnswer {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const lines = question.options.filter((option) => option.correct).map((option) => toText(option.text));
      return { label: lines.length === 1 ? 'Correct answer' : 'Correct answers', ordered: false, lines };
    }
    case 'truefalse':
      return { label: 'Correct answer', ordered: false, lines: [question.answer ? 'True' : 'False'] };
    case 'ordering':
      return { label: 'Right order', ordered: true, lines: question.items.map(toText) };
    case 'matching':
      return {
        label: 'Matches',
        ordered: false,
        lines: question.pairs.map((pair) => `${toText(pair.term)} → ${toText(pair.match)}`),
      };
    case 'classify':
      return {
        label: 'Categories',
        ordered: false,
        lines: question.statements.map(
          (statement) => `${toText(statement.text)} → ${toText(statement.category)}`,
        ),
      };
    case 'short':
      return {
        label: question.answers.length === 1 ? 'Accepted answer' : 'Accepted answers',
        ordered: false,
        lines: question.answers.map(toText),
      };
  }
}

/** One question of the key: prompt, answer and explanation as display text. */
export function answerKeyQuestion(question: Question, toText: ToText = asIs): AnswerKeyQuestion {
  return {
    id: question.id,
    type: question.type,
    points: question.points,
    prompt: toText(question.prompt),
    answer: answerKeyAnswer(question, toText),
    explanation: toText(question.explanation),
  };
}

export const ANSWER_KEY_PARAM = 'quizzes';
export const ALL_QUIZZES = 'all';

/** The key page's path and query for these quiz ids, relative to the base URL: `teach/answer-key?quizzes=a,b`. */
export function answerKeyHref(quizIds: readonly string[]): string {
  return `teach/answer-key?${ANSWER_KEY_PARAM}=${quizIds.map(encodeURIComponent).join(',')}`;
}

/** The quiz ids a query string (`?quizzes=a,b` or `?quizzes=all`) asks for; `all` means every quiz. */
export function requestedQuizIds(search: string): string[] | typeof ALL_QUIZZES {
  const value = new URLSearchParams(search).get(ANSWER_KEY_PARAM) ?? '';
  if (value.trim() === ALL_QUIZZES) return ALL_QUIZZES;
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

export interface AnswerKeySelection {
  /** The requested quizzes that exist, in course order. */
  quizzes: AnswerKeyQuiz[];
  /** Requested ids that match no quiz (renamed or mistyped), in the order asked. */
  unknown: string[];
}

/** Picks the requested quizzes from the key data, in course order, and reports ids it does not know. */
export function selectAnswerKey(
  data: AnswerKeyData,
  requested: readonly string[] | typeof ALL_QUIZZES,
): AnswerKeySelection {
  if (requested === ALL_QUIZZES) return { quizzes: data.quizzes, unknown: [] };
  const wanted = new Set(requested);
  const known = new Set(data.quizzes.map((quiz) => quiz.id));
  return {
    quizzes: data.quizzes.filter((quiz) => wanted.has(quiz.id)),
    unknown: requested.filter((id) => !known.has(id)),
  };
}
