/**
 * Reads and validates a quiz the build has not checked (the live editor, or a lesson being edited
 * under `npm start` while it has a mistake), with the same zod schema as the build. A mistake
 * becomes a readable message, not a crash. Only this module brings the schemas to a page.
 */
import { quizSchema } from '@site/src/quiz/schema';
import { readQuizInput, withNodes, type QuizProps, type ReadQuiz } from './readQuiz';

export function readUncheckedQuiz(props: QuizProps): ReadQuiz {
  const { input, nodes } = readQuizInput(props);
  const parsed = quizSchema.safeParse(input);
  if (parsed.success) return withNodes(parsed.data, nodes);
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
