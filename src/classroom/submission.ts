/**
 * Submissions: what a student sends their teacher, as a .json file or a copy-paste code. Both carry
 * the same JSON and a CRC-32 of its canonical form, so a damaged or hand-edited submission is caught
 * (not forged ones: see the teacher guide). Version 2 adds each assigned question's latest answer:
 * the learner's own choice or typed text and its credit, never the question's text.
 */
import type { CourseOutline } from '@site/src/course/courseOutline';
import { canonicalJson } from '@site/src/progress/canonical';
import { answerOf, attemptsOf, bestScore } from '@site/src/progress/derive';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import type { Assignment } from './assignment';
import { isLessonDoneFor } from './assignmentProgress';
import { checksumOf } from './submissionParse';
import {
  SUBMISSION_KIND,
  SUBMISSION_VERSION,
  type Submission,
  type SubmittedAnswer,
} from './submissionSchema';

export { parseSubmission, REASONS } from './submissionParse';
export { CODE_PREFIX, splitCodes, submissionCode } from './submissionCode';
export {
  SUBMISSION_KIND,
  SUBMISSION_MAX_BYTES,
  SUBMISSION_VERSION,
  type Submission,
  type SubmissionParse,
  type SubmissionProblem,
  type SubmittedAnswer,
} from './submissionSchema';

/** The latest answer to each question of the assigned quizzes (only the fields the gradebook needs). */
function answersFor(
  assignment: Assignment,
  progress: ProgressEnvelope,
  outline: CourseOutline,
): SubmittedAnswer[] {
  return assignment.quizzes.flatMap((quizId) => {
    const quiz = Object.prototype.hasOwnProperty.call(outline.quizzes, quizId)
      ? outline.quizzes[quizId]
      : undefined;
    return (quiz?.questions ?? []).flatMap(({ id: questionId }) => {
      const record = answerOf(progress, questionId);
      if (!record || record.quizId !== quizId) return [];
      const { response, fraction, correct, hash, answeredAt } = record;
      return [{ questionId, quizId, response, fraction, correct, hash, answeredAt }];
    });
  });
}

/** The student's submission for an assignment from their progress; the name is used only here. */
export function buildSubmission(
  assignment: Assignment,
  progress: ProgressEnvelope,
  outline: CourseOutline,
  name: string,
  now: number,
): Submission {
  const quizzes = assignment.quizzes.map((quizId) => {
    const attempts = attemptsOf(progress, quizId);
    const lastAttemptAt = attempts.length ? Math.max(...attempts.map((a) => a.finishedAt)) : undefined;
    return { quizId, best: bestScore(progress, quizId), attempts: attempts.length, lastAttemptAt };
  });
  const lessonsById = new Map(
    outline.units.flatMap((unit) => unit.lessons.map((l) => [l.docId, l] as const)),
  );
  const lessons = assignment.lessons.map((docId) => {
    const lesson = lessonsById.get(docId);
    return { docId, complete: lesson ? isLessonDoneFor(progress, lesson, assignment.passMark) : false };
  });
  const complete = quizzes.every((quiz) => quiz.attempts > 0) && lessons.every((lesson) => lesson.complete);
  const body = {
    kind: SUBMISSION_KIND,
    version: SUBMISSION_VERSION,
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    name: name.trim().slice(0, 100),
    submittedAt: now,
    complete,
    quizzes,
    lessons,
    answers: answersFor(assignment, progress, outline),
  } as const;
  return { ...body, checksum: checksumOf(body) };
}

/** The .json file: a safe name (letters, digits, dashes) and the canonical JSON text. */
export function submissionFile(submission: Submission): { filename: string; text: string } {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'student';
  return {
    filename: `submission-${slug(submission.name)}-${submission.assignmentId}.json`,
    text: `${canonicalJson(submission, 2)}\n`,
  };
}
