/**
 * The order the suspend_data encoding relies on: the package's lessons and quizzes, and each quiz's
 * questions, as the course manifest lists them. Positions replace ids in the encoding (the ids of
 * the whole course alone are 2,600 characters), and a fingerprint of each quiz's question ids and
 * content hashes tells whether a saved position still means the same question.
 */
import type { CourseOutline } from '@site/src/course/courseOutline';
import { getOwn } from '@site/src/progress/schema';
import type { PackageScope } from './packageScope';
import type { QuestionType } from './responseCodes';

export interface LayoutQuestion {
  id: string;
  type: QuestionType;
  hash: string;
  points: number;
}

export interface LayoutQuiz {
  id: string;
  questions: readonly LayoutQuestion[];
  /** Changes when a question is added, removed, moved, or changes what decides its answer. */
  fingerprint: string;
}

export interface SuspendLayout {
  lessons: readonly string[];
  lessonsFingerprint: string;
  quizzes: readonly LayoutQuiz[];
}

/** FNV-1a, 32 bits, in base 36: short, and enough to tell one version of a quiz from another. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The layout of a package's progress. */
export function suspendLayout(scope: PackageScope, quizzes: CourseOutline['quizzes']): SuspendLayout {
  const lessons = scope.lessons.map((lesson) => lesson.docId);
  return {
    lessons,
    lessonsFingerprint: fingerprint(lessons.join(' ')),
    quizzes: scope.quizIds.map((id) => {
      const questions = (getOwn(quizzes, id)?.questions ?? []).map(
        ({ id: questionId, type, hash, points }) => ({
          id: questionId,
          type,
          hash,
          points,
        }),
      );
      return { id, questions, fingerprint: fingerprint(questions.map((q) => `${q.id}:${q.hash}`).join(' ')) };
    }),
  };
}
