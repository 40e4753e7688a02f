/**
 * The teacher pages as routes of the course plugin, each with a data module of its own (like the
 * answer key), so what they need never ships to other pages: `/teach` gets each lesson's estimated
 * time, read from the lesson's "**Estimated time:** N minutes" line, and `/teach/gradebook` gets each
 * question's prompt and choices as plain text, for the item analysis.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { GradebookQuestions, QuestionDetails } from '../../src/classroom/itemAnalysis';
import type { TeachPageData } from '../../src/classroom/lessonTimes';
import type { Question } from '../../src/quiz/schema';
import { markdownToPlainText } from './lms/markup';
import type { DocInfo } from './manifest';
import type { CourseManifest } from './manifest-schema';
import type { ValidatedQuiz } from './validate';

export const TEACH_ROUTE = 'teach';
export const GRADEBOOK_ROUTE = 'teach/gradebook';

/** The first number of a lesson's "**Estimated time:** 20 minutes" line; null when it has none. */
export function estimatedMinutes(source: string): number | null {
  const match = /^\*\*Estimated time:\*\*\s*(?:about\s+)?(\d{1,3})(?:\s*[–-]\s*\d{1,3})?\s+minutes/im.exec(
    source,
  );
  return match ? Number(match[1]) : null;
}

/** Each lesson's estimated minutes, read from its file; `read` is the file reader (tests pass their own). */
export async function buildTeachData(
  manifest: CourseManifest,
  docs: readonly DocInfo[],
  read: (file: string) => Promise<string>,
): Promise<TeachPageData> {
  const files = new Map(docs.map((doc) => [doc.id, doc.file]));
  const minutes: Record<string, number> = {};
  for (const lesson of manifest.units.flatMap((unit) => unit.lessons)) {
    const file = files.get(lesson.docId);
    const found = file ? estimatedMinutes(await read(file)) : null;
    if (found !== null) minutes[lesson.docId] = found;
  }
  return { minutes };
}

/** A question as the gradebook's item analysis needs it: plain-text prompt and choices, no explanations. */
export function questionDetails(
  question: Question,
  hash: string,
  permalink: string,
  toText: (markdown: string) => string = markdownToPlainText,
): QuestionDetails {
  const base = {
    id: question.id,
    type: question.type,
    prompt: toText(question.prompt),
    href: `${permalink}${question.teaches ?? `#question-${question.id}`}`,
    hash,
    choices: [] as string[],
    right: [] as boolean[],
    parts: [] as string[],
    partAnswers: [] as number[],
  };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        choices: question.options.map((option) => toText(option.text)),
        right: question.options.map((option) => option.correct),
      };
    case 'ordering':
      return { ...base, choices: question.items.map(toText) };
    case 'matching':
      return {
        ...base,
        choices: question.pairs.map((pair) => toText(pair.match)),
        parts: question.pairs.map((pair) => toText(pair.term)),
        partAnswers: question.pairs.map((_, index) => index),
      };
    case 'classify':
      return {
        ...base,
        choices: question.categories.map(toText),
        parts: question.statements.map((statement) => toText(statement.text)),
        partAnswers: question.statements.map((statement) => question.categories.indexOf(statement.category)),
      };
    case 'truefalse':
    case 'short':
      return base;
  }
}

/** Every quiz's questions for the gradebook, with the manifest's hashes and lesson links. */
export function buildGradebookQuestions(
  manifest: CourseManifest,
  quizzes: readonly ValidatedQuiz[],
): GradebookQuestions {
  const result: GradebookQuestions = { quizzes: {} };
  for (const { quiz } of quizzes) {
    const entry = manifest.quizzes[quiz.id];
    if (!entry) continue;
    const hashes = new Map(entry.questions.map((question) => [question.id, question.hash]));
    result.quizzes[quiz.id] = quiz.questions.map((question) =>
      questionDetails(question, hashes.get(question.id) ?? '', entry.permalink),
    );
  }
  return result;
}

interface TeacherRouteInput {
  actions: PluginContentLoadedActions;
  siteDir: string;
  baseUrl: string;
  manifest: CourseManifest;
  docs: readonly DocInfo[];
  quizzes: readonly ValidatedQuiz[];
}

/** Adds /teach and /teach/gradebook with their data modules. */
export async function addTeacherRoutes(input: TeacherRouteInput): Promise<void> {
  const { actions, siteDir, baseUrl, manifest, docs, quizzes } = input;
  const read = (file: string) => readFile(path.resolve(siteDir, file), 'utf8');
  const teach = await actions.createData(
    'teach-page.json',
    JSON.stringify(await buildTeachData(manifest, docs, read)),
  );
  actions.addRoute({
    path: `${baseUrl}${TEACH_ROUTE}`,
    component: path.resolve(siteDir, 'src/components/TeachPage/index.tsx'),
    modules: { teachData: teach },
    exact: true,
  });
  const gradebook = await actions.createData(
    'gradebook-questions.json',
    JSON.stringify(buildGradebookQuestions(manifest, quizzes)),
  );
  actions.addRoute({
    path: `${baseUrl}${GRADEBOOK_ROUTE}`,
    component: path.resolve(siteDir, 'src/components/GradebookPage/index.tsx'),
    modules: { questions: gradebook },
    exact: true,
  });
}
