/**
 * The answers graded between two snapshots of the learner's progress (the store offers no answer
 * event, so the adapter compares snapshots): a question whose latest graded answer is new or newer.
 * Each gets its latency: from the learner's previous answer in the same attempt, or else from
 * opening the lesson, to the moment they gave this answer.
 */
import { getOwn, type ProgressEnvelope } from '@site/src/progress/schema';
import type { GradedAnswer } from './interactions';
import type { SuspendLayout } from './suspendLayout';

function latency(
  after: ProgressEnvelope,
  quizId: string,
  questionId: string,
  lessonDocId: string | undefined,
): [number, number] {
  const attempt = getOwn(after.quizzes, quizId)?.current;
  const graded = getOwn(after.questions, questionId)!.answeredAt;
  const respondedAt = (attempt && getOwn(attempt.questions, questionId)?.answeredAt) ?? graded;
  const earlier = Object.entries(attempt?.questions ?? {})
    .filter(
      ([id, entry]) => id !== questionId && entry.answeredAt !== undefined && entry.answeredAt <= respondedAt,
    )
    .map(([, entry]) => entry.answeredAt!);
  const visited = lessonDocId === undefined ? undefined : getOwn(after.lessons, lessonDocId)?.visitedAt;
  const starts = [...earlier, ...(visited !== undefined && visited <= respondedAt ? [visited] : [])];
  const from = starts.length > 0 ? Math.max(...starts) : respondedAt;
  return [respondedAt, respondedAt - from];
}

/** The answers graded in `after` that `before` did not have, in the order they were given. */
export function newlyGraded(
  before: ProgressEnvelope,
  after: ProgressEnvelope,
  layout: SuspendLayout,
  lessonOf: (quizId: string) => string | undefined,
): GradedAnswer[] {
  const answers: (GradedAnswer & { respondedAt: number })[] = [];
  for (const quiz of layout.quizzes) {
    for (const question of quiz.questions) {
      const record = getOwn(after.questions, question.id);
      if (!record || record.quizId !== quiz.id) continue;
      const earlier = getOwn(before.questions, question.id);
      if (earlier && earlier.answeredAt >= record.answeredAt) continue;
      const [respondedAt, latencyMs] = latency(after, quiz.id, question.id, lessonOf(quiz.id));
      answers.push({
        questionId: question.id,
        response: record.response,
        fraction: record.fraction,
        points: question.points,
        at: record.answeredAt,
        latencyMs,
        respondedAt,
      });
    }
  }
  return answers
    .sort((a, b) => a.respondedAt - b.respondedAt)
    .map(({ respondedAt: _r, ...answer }) => answer);
}
