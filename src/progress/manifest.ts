/**
 * The little the progress code needs to know about the course: which lessons exist, which quizzes
 * each lesson holds, and which questions each quiz holds. The course plugin's manifest carries
 * more; pass it (or this subset) in.
 */

export interface LessonEntry {
  docId: string;
  quizIds: readonly string[];
}

export interface QuizEntry {
  quizId: string;
  questionIds: readonly string[];
}

/** What overall progress needs: the lessons in course order. */
export interface LessonList {
  lessons: readonly LessonEntry[];
}

/** What an import needs to tell current items from ones that no longer exist. */
export interface CourseManifest extends LessonList {
  quizzes: readonly QuizEntry[];
}

export interface ManifestIndex {
  /** question id → the quiz that holds it now */
  questionQuiz: ReadonlyMap<string, string>;
  quizIds: ReadonlySet<string>;
  docIds: ReadonlySet<string>;
}

/** Lookup tables for a manifest (Maps, so no id can collide with an Object.prototype name). */
export function indexManifest(manifest: CourseManifest): ManifestIndex {
  const questionQuiz = new Map<string, string>();
  for (const quiz of manifest.quizzes) {
    for (const questionId of quiz.questionIds) questionQuiz.set(questionId, quiz.quizId);
  }
  return {
    questionQuiz,
    quizIds: new Set(manifest.quizzes.map((q) => q.quizId)),
    docIds: new Set(manifest.lessons.map((l) => l.docId)),
  };
}
