/**
 * Finds one question in a lesson's compiled MDX, with the very nodes the lesson renders (prompt,
 * choices, hints, explanation), so /review shows a question exactly as its lesson does. The lesson
 * is called with <Quiz> replaced by a marker that renders nothing: its elements are read, not drawn.
 */
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Question, Quiz } from '@site/src/quiz';
import { readCheckedQuiz, type QuestionNodes, type QuizProps } from '../Quiz/readQuiz';

/** Stands in for <Quiz> while a lesson is read; never rendered. */
export function QuizMarker(_props: QuizProps): ReactNode {
  return null;
}

/** A lesson's compiled MDX, called as a function (it creates elements; see lessonSource.ts). */
export type LessonReader = () => ReactNode;

/** The props of every <Quiz> in a tree of elements, in document order. */
export function quizzesIn(tree: ReactNode): QuizProps[] {
  const found: QuizProps[] = [];
  const visit = (node: ReactNode) => {
    Children.forEach(node, (child) => {
      if (!isValidElement(child)) return;
      const element = child as ReactElement<{ children?: ReactNode }>;
      if (element.type === QuizMarker) found.push(element.props as QuizProps);
      else visit(element.props.children);
    });
  };
  visit(tree);
  return found;
}

// A checked quiz is complete by construction; anything odd (a stale chunk) is "cannot be read".
function readQuiz(props: QuizProps) {
  try {
    return readCheckedQuiz(props);
  } catch {
    return null;
  }
}

export interface LessonQuestion {
  quiz: Quiz;
  question: Question;
  nodes: QuestionNodes;
}

/**
 * The question as its lesson has it, or null when the lesson no longer holds it in that quiz, or
 * the quiz was not checked at build time (only checked quizzes are read without the schemas).
 */
export function lessonQuestion(
  tree: ReactNode,
  where: { quizId: string; questionId: string; permalink: string },
): LessonQuestion | null {
  const props = quizzesIn(tree).find((quiz) => quiz.id === where.quizId);
  if (!props?.checkedAtBuild) return null;
  const read = readQuiz(props);
  if (!read?.ok) return null;
  const question = read.quiz.questions.find((q) => q.id === where.questionId);
  const nodes = read.nodes[where.questionId];
  if (!question || !nodes) return null;
  // "Read this part of the lesson again" points into the lesson ("#anchor"), not into /review.
  const teaches = question.teaches?.startsWith('#')
    ? `${where.permalink}${question.teaches}`
    : question.teaches;
  return { quiz: read.quiz, question: { ...question, teaches }, nodes };
}
