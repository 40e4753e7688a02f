/**
 * Validates every quiz of the site and collects EVERY error at once (Docusaurus's abortEarly:false
 * lesson): structure and syntax from extraction, the schema (src/quiz/schema.ts), the semantic
 * rules, and ids used twice anywhere on the site (ids are the keys of saved progress).
 */
import { quizSchema, type Quiz } from '../../src/quiz/schema';
import { quizError, sortQuizErrors, type ErrorContext, type QuizError } from './errors';
import { extractQuizzes, type ExtractedQuiz } from './extract';
import type { MarkdownFormat } from './mdx';
import { questionRuleFindings } from './rules';
import { fieldName, lineAt } from './source-lines';
import { issueToError } from './zod-issues';

export interface LessonSource {
  /** Path shown in errors, relative to the site folder: `docs/unit-1/01-dpa.mdx`. */
  file: string;
  source: string;
  format?: MarkdownFormat;
}

export interface ValidatedQuiz {
  file: string;
  line: number;
  quiz: Quiz;
}

export interface ValidationResult {
  /** Quizzes the schema accepted, with defaults applied; complete and trustworthy only when `errors` is empty. */
  quizzes: ValidatedQuiz[];
  errors: QuizError[];
}

function contextFor(quiz: ExtractedQuiz, index?: number): ErrorContext {
  const context: ErrorContext = { file: quiz.file };
  if (typeof quiz.input.id === 'string') context.quizId = quiz.input.id;
  if (index !== undefined) {
    const id = quiz.input.questions[index]?.id;
    if (typeof id === 'string') context.questionId = id;
    else context.questionIndex = index;
  }
  return context;
}

function ruleErrors(quiz: ExtractedQuiz): QuizError[] {
  return quiz.input.questions.flatMap((question, index) => {
    const inQuestion = (path: readonly PropertyKey[]) => ['questions', index, ...path];
    const lineOf = (path: readonly PropertyKey[]) => lineAt(quiz.lines, inQuestion(path));
    return questionRuleFindings(question, lineOf).map((finding) =>
      quizError(contextFor(quiz, index), {
        line: lineOf(finding.at ?? finding.path),
        field: fieldName(finding.path),
        expected: finding.expected,
        found: finding.found,
        message: finding.message,
      }),
    );
  });
}

/** Schema issues and rule findings for one extracted quiz; the quiz itself when it is valid. */
function checkQuiz(quiz: ExtractedQuiz, earlier: readonly QuizError[]) {
  const parsed = quizSchema.safeParse(quiz.input, { reportInput: true });
  // Extraction already explained attributes it refused (a bad type, a non-literal value); the
  // schema would only repeat the same field less helpfully.
  const explained = new Set(earlier.map((error) => `${error.quizId}|${error.questionId}|${error.field}`));
  const schemaErrors = (parsed.error?.issues ?? [])
    .map((issue) => issueToError(issue, quiz))
    .filter((error) => !explained.has(`${error.quizId}|${error.questionId}|${error.field}`));
  return { quiz: parsed.success ? parsed.data : undefined, errors: [...schemaErrors, ...ruleErrors(quiz)] };
}

interface Place {
  file: string;
  line: number;
  quizId?: string;
}

function placeName(place: Place): string {
  return `${place.file}:${place.line}${place.quizId === undefined ? '' : ` (quiz "${place.quizId}")`}`;
}

/** An error for every quiz id and question id that an earlier quiz already used. */
export function duplicateIdErrors(quizzes: readonly ExtractedQuiz[]): QuizError[] {
  const quizIds = new Map<string, Place>();
  const questionIds = new Map<string, Place>();
  const errors: QuizError[] = [];
  const fix =
    'Ids are the keys of saved progress: give one of them a new id, and keep the id learners already answered.';
  for (const quiz of quizzes) {
    const id = quiz.input.id;
    if (typeof id === 'string' && id !== '') {
      const line = lineAt(quiz.lines, ['id']);
      const first = quizIds.get(id);
      if (first) {
        const found = `"${id}", already used by the quiz at ${placeName(first)}`;
        errors.push(
          quizError(contextFor(quiz), {
            line,
            field: 'id',
            expected: 'a quiz id used once on the whole site',
            found,
            message: fix,
          }),
        );
      } else quizIds.set(id, { file: quiz.file, line });
    }
    quiz.input.questions.forEach((question, index) => {
      if (typeof question.id !== 'string' || question.id === '') return;
      const line = lineAt(quiz.lines, ['questions', index, 'id']);
      const first = questionIds.get(question.id);
      if (first) {
        const found = `"${question.id}", already used by a question at ${placeName(first)}`;
        errors.push(
          quizError(contextFor(quiz, index), {
            line,
            field: 'id',
            expected: 'a question id used once on the whole site',
            found,
            message: fix,
          }),
        );
      } else {
        const quizId = typeof quiz.input.id === 'string' ? quiz.input.id : undefined;
        questionIds.set(question.id, { file: quiz.file, line, ...(quizId === undefined ? {} : { quizId }) });
      }
    });
  }
  return errors;
}

/** Extracts and validates every lesson; errors come sorted by file and line. */
export function validateLessons(lessons: readonly LessonSource[]): ValidationResult {
  const ordered = [...lessons].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const errors: QuizError[] = [];
  const quizzes: ValidatedQuiz[] = [];
  const extracted: ExtractedQuiz[] = [];
  for (const lesson of ordered) {
    const extraction = extractQuizzes(lesson.source, lesson.file, lesson.format);
    errors.push(...extraction.errors);
    for (const quiz of extraction.quizzes) {
      extracted.push(quiz);
      const checked = checkQuiz(quiz, extraction.errors);
      errors.push(...checked.errors);
      if (checked.quiz) quizzes.push({ file: quiz.file, line: quiz.line, quiz: checked.quiz });
    }
  }
  errors.push(...duplicateIdErrors(extracted));
  return { quizzes, errors: sortQuizErrors(errors) };
}

/** Validates one lesson on its own (duplicate ids are checked within the file only). */
export function validateLesson(source: string, file: string, format?: MarkdownFormat): ValidationResult {
  return validateLessons([{ file, source, ...(format ? { format } : {}) }]);
}
