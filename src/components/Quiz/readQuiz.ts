/**
 * Turns what the author wrote (a <Quiz> element tree) into the engine's data model plus the React
 * nodes to show for each part. The model is validated with the same zod schema as the build, so a
 * mistake that slipped past the build (or a live-editor typo) becomes a readable message, not a crash.
 */
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { quizSchema, type Quiz } from '@site/src/quiz';
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

/** Reads and validates a quiz from its props and children. */
export function readQuiz(props: QuizProps): ReadQuiz {
  const questions = elements(props.children)
    .filter((child) => partOf(child) === 'question')
    .map(readQuestion);
  const parsed = quizSchema.safeParse({
    id: props.id,
    title: props.title,
    passMark: asNumber(props.passMark),
    mode: props.mode,
    shuffle: asBoolean(props.shuffle),
    questions: questions.map((question) => question.data),
  });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const [, index, ...rest] = issue.path;
        const where =
          typeof index === 'number'
            ? `question ${index + 1}${rest.length ? ` › ${rest.join(' › ')}` : ''}`
            : issue.path.join(' › ') || 'quiz';
        return `${where}: ${issue.message}`;
      }),
    };
  }
  const nodes = Object.fromEntries(
    parsed.data.questions.map((question, i) => [question.id, questions[i]!.nodes]),
  );
  return { ok: true, quiz: parsed.data, nodes };
}
