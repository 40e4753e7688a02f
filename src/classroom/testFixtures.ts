/**
 * Shared data for the classroom tests (only tests import this file): the dashboard's small test
 * course, an assignment over it, and progress with chosen quiz scores.
 */
import { testOutline } from '@site/src/course/testOutline';
import type { Response } from '@site/src/quiz/responseSchema';
import { emptyProgress, type ProgressEnvelope } from '@site/src/progress/schema';
import { type Assignment, decodeAssignment, encodeAssignment } from './assignment';
import { buildSubmission, type Submission } from './submission';

export { testOutline };

export const DUE_AT = Date.UTC(2026, 11, 1, 23, 59, 59, 999);

export const draft = {
  title: 'Week 1: Start here',
  className: '10B History',
  dueDate: '2026-12-01',
  dueAt: DUE_AT,
  passMark: 70,
  lessons: ['unit-1-two-levers/overview'],
  quizzes: ['start-here', 'dpa-basics'],
};

/** The test assignment as a student's browser decodes it. */
export function testAssignment(overrides: Partial<typeof draft> = {}): Assignment {
  const decoded = decodeAssignment(encodeAssignment({ ...draft, ...overrides }).payload, testOutline);
  if (!decoded.ok) throw new Error(`[classroom] test assignment did not decode: ${decoded.reason}`);
  return decoded.assignment;
}

/** A latest answer to one question: [quizId, response, fraction]. */
export type TestAnswer = readonly [quizId: string, response: Response, fraction: number];

/** Progress with one attempt per listed quiz at the given percentage, lessons marked done, and answers. */
export function progressWith(
  scores: Record<string, number[]>,
  doneLessons: string[] = [],
  answers: Record<string, TestAnswer> = {},
): ProgressEnvelope {
  const progress = emptyProgress(1);
  let time = Date.UTC(2026, 10, 28);
  for (const [quizId, percents] of Object.entries(scores)) {
    progress.quizzes[quizId] = {
      attempts: percents.map((percent, index) => ({
        id: `${quizId}-${index}`,
        startedAt: (time += 1000),
        finishedAt: (time += 60_000),
        mode: 'practice' as const,
        earned: percent,
        possible: 100,
        percent,
        passed: percent >= 80,
      })),
    };
  }
  for (const docId of doneLessons) progress.lessons[docId] = { markedDone: true, markedAt: time };
  for (const [questionId, [quizId, response, fraction]] of Object.entries(answers)) {
    const hash = '0a1b2c3d4e5f60';
    progress.questions[questionId] = {
      quizId,
      response,
      fraction,
      correct: fraction === 1,
      hash,
      answeredAt: time,
    };
  }
  return progress;
}

/** A submission by `name` at `at` with the given scores and answers. */
export function submissionOf(
  name: string,
  scores: Record<string, number[]>,
  at = Date.UTC(2026, 10, 30),
  assignment = testAssignment(),
  answers: Record<string, TestAnswer> = {},
): Submission {
  return buildSubmission(
    assignment,
    progressWith(scores, ['unit-1-two-levers/overview'], answers),
    testOutline,
    name,
    at,
  );
}
