/**
 * The pieces an author writes inside <Question>. They render nothing on their own: <Quiz> reads
 * them (by their `quizPart` marker) and lays the question out. Outside a quiz they show their text,
 * so a misplaced piece is visible to the author instead of silently vanishing.
 */
import type { ReactNode } from 'react';

export type PartName =
  'question' | 'option' | 'item' | 'match' | 'statement' | 'answer' | 'hint' | 'explanation';

type Marked<P> = ((props: P) => ReactNode) & { quizPart: PartName };

function part<P extends { children?: ReactNode }>(name: PartName): Marked<P> {
  const Part = ((props: P) => <>{props.children}</>) as Marked<P>;
  Part.quizPart = name;
  return Part;
}

export interface QuestionProps {
  id: string;
  type: string;
  points?: number;
  teaches?: string;
  answer?: string | boolean;
  categories?: string;
  children?: ReactNode;
}

export const Question = part<QuestionProps>('question');
export const Option = part<{ correct?: boolean; feedback?: string; children?: ReactNode }>('option');
export const Item = part<{ children?: ReactNode }>('item');
export const Match = part<{ term: string; children?: ReactNode }>('match');
export const Statement = part<{ category: string; feedback?: string; children?: ReactNode }>('statement');
export const Answer = part<{ children?: ReactNode }>('answer');
export const Hint = part<{ children?: ReactNode }>('hint');
export const Explanation = part<{ children?: ReactNode }>('explanation');

/** The pieces by the names authors write them. */
export const QUIZ_PARTS = { Question, Option, Item, Match, Statement, Answer, Hint, Explanation };

/** Which authoring piece a React node is, if any. */
export function partOf(node: unknown): PartName | null {
  if (typeof node !== 'object' || node === null || !('type' in node)) return null;
  const type = (node as { type: unknown }).type;
  if (typeof type !== 'function') return null;
  const marker = (type as { quizPart?: unknown }).quizPart;
  return typeof marker === 'string' ? (marker as PartName) : null;
}
