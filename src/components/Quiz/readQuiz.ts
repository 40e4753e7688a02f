/**
 * Turns what the author wrote (a <Quiz> element tree) into the engine's data model plus the React
 * nodes to show for each part. A quiz the build validated (`checkedAtBuild`, set by
 * plugins/course/remark-checked-quizzes.ts) is only completed with its defaults; any other quiz
 * goes through the schema in ./readUncheckedQuiz, loaded only when one is on the page.
 */
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { completeCheckedQuiz, type Quiz, type QuizInput } from '@site/src/quiz';
import { partOf, type QuestionProps } from './parts';

export interface QuestionNodes {
  prompt: ReactNode[];
  choices: ReactNode[];
  hints: ReactNode[];
  explanation: ReactNode;
}

export interface QuizProps {
  id: string;
  title?: string;
  passMark?: number | string;
  mode?: string;
  shuffle?: boolean | string;
  /** Set by the build on a quiz it validated; authors never write it. */
  checkedAtBuild?: boolean;
  children?: ReactNode;
}

export type ReadQuiz =
  { ok: true; quiz: Quiz; nodes: Record<string, QuestionNodes> } | { ok: false; problems: string[] };

type AnyProps = Record<string, unknown> & { children?: ReactNode };

/** Plain text of a React tree: used for grading short answers and for labels of native selects. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement(node)) return textOf((node.props as AnyProps).children);
  return '';
}

const elements = (children: ReactNode) =>
  Children.toArray(children).filter((child): child is ReactElement<AnyProps> => isValidElement(child));

const asBoolean = (value: unknown) =>
  value === true || value === 'true' ? true : value === 'false' ? false : value;
const asNumber = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

function readQuestion(element: ReactElement<AnyProps>) {
  const props = element.props as unknown as QuestionProps;
  const nodes: QuestionNodes = { prompt: [], choices: [], hints: [], explanation: null };
  const data: Record<string, unknown> = {
    id: props.id,
    type: props.type,
    points: asNumber(props.points),
    teaches: props.teaches,
    hints: [] as string[],
  };
  const list = (key: string) => (data[key] ??= []) as unknown[];
  for (const child of Children.toArray(props.children)) {
    const kind = partOf(child);
    const childProps = (isValidElement(child) ? child.props : {}) as AnyProps;
    const text = textOf(childProps.children).trim();
    if (kind === 'option')
      list('options').push({
        text,
        correct: childProps.correct === true || childProps.correct === 'true',
        feedback: childProps.feedback,
      });
    else if (kind === 'item') list('items').push(text);
    else if (kind === 'match') list('pairs').push({ term: childProps.term, match: text });
    else if (kind === 'statement')
      list('statements').push({ text, category: childProps.category, feedback: childProps.feedback });
    else if (kind === 'answer') list('answers').push(text);
    else if (kind === 'hint') {
      list('hints').push(text);
      nodes.hints.push(childProps.children);
      continue;
    } else if (kind === 'explanation') {
      data.explanation = text;
      nodes.explanation = childProps.children;
      continue;
    } else {
      nodes.prompt.push(child);
      continue;
    }
    nodes.choices.push(childProps.children);
  }
  data.prompt = textOf(nodes.prompt).trim();
  if (props.type === 'truefalse') data.answer = asBoolean(props.answer);
  if (props.type === 'classify')
    data.categories = String(props.categories ?? '')
      .split('|')
      .map((name) => name.trim())
      .filter(Boolean);
  return { data, nodes };
}

/** The quiz as the author wrote it (not yet validated), and each question's nodes in order. */
export function readQuizInput(props: QuizProps): { input: Record<string, unknown>; nodes: QuestionNodes[] } {
  const questions = elements(props.children)
    .filter((child) => partOf(child) === 'question')
    .map(readQuestion);
  return {
    input: {
      id: props.id,
      title: props.title,
      passMark: asNumber(props.passMark),
      mode: props.mode,
      shuffle: asBoolean(props.shuffle),
      questions: questions.map((question) => question.data),
    },
    nodes: questions.map((question) => question.nodes),
  };
}

/** Pairs each question of a valid quiz with its nodes, by id. */
export function withNodes(quiz: Quiz, nodes: QuestionNodes[]): ReadQuiz {
  return {
    ok: true,
    quiz,
    nodes: Object.fromEntries(quiz.questions.map((question, i) => [question.id, nodes[i]!])),
  };
}

/** Reads a quiz the build has validated: no schema, only the defaults filled in. */
export function readCheckedQuiz(props: QuizProps): ReadQuiz {
  const { input, nodes } = readQuizInput(props);
  return withNodes(completeCheckedQuiz(input as unknown as QuizInput), nodes);
}
