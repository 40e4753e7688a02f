/**
 * Builds the course manifest from the validated quizzes and the docs plugin's metadata, so
 * permalinks, titles and doc ids are exactly the ones Docusaurus routes. Pure: tests pass data in.
 *
 * Units are the top-level unit folders of docs/ (see units.ts). A lesson outside them that has a
 * quiz (start-here, guides/question-gallery…) goes into one last unit, `general`, so every quiz
 * belongs to exactly one unit; the reference pages and guides without quizzes are left out.
 */
import { questionContentHash } from '../../src/quiz/hash';
import type { Quiz } from '../../src/quiz/schema';
import {
  MANIFEST_VERSION,
  type ClientManifest,
  type CourseManifest,
  type ManifestLesson,
  type ManifestQuiz,
} from './manifest-schema';
import type { ValidatedQuiz } from './validate';

/** What the manifest needs of a doc; a subset of the docs plugin's DocMetadata. */
export interface DocInfo {
  id: string;
  title: string;
  permalink: string;
  /** Path relative to the site, like the quizzes' `file`: `docs/unit-1/01-dpa.mdx`. */
  file: string;
}

export interface UnitFolder {
  /** Folder name under docs/, as on disk (number prefix kept). */
  folder: string;
  label: string;
  position: number;
}

export interface ManifestInput {
  quizzes: readonly ValidatedQuiz[];
  /** Docs in the order Docusaurus shows them (sidebar order). */
  docs: readonly DocInfo[];
  units: readonly UnitFolder[];
  /** Files of draft docs: not built, so their quizzes are left out on purpose. */
  draftFiles?: ReadonlySet<string>;
  /** Docs folder relative to the site, `docs` by default. */
  docsPath?: string;
  generatedAt?: string;
}

export const GENERAL_UNIT = { id: 'general', label: 'General' } as const;

function quizEntry(quiz: Quiz, doc: DocInfo): ManifestQuiz {
  return {
    id: quiz.id,
    title: quiz.title ?? doc.title,
    passMark: quiz.passMark,
    mode: quiz.mode,
    lessonDocId: doc.id,
    permalink: doc.permalink,
    questions: quiz.questions.map((question) => ({
      id: question.id,
      type: question.type,
      points: question.points,
      hash: questionContentHash(question),
      ...(question.teaches === undefined ? {} : { teaches: question.teaches }),
    })),
  };
}

/** Builds the full manifest; throws a `[quiz]` error if a quiz sits in a file the docs plugin did not load. */
export function buildCourseManifest(input: ManifestInput): CourseManifest {
  const docsPath = input.docsPath ?? 'docs';
  const docByFile = new Map(input.docs.map((doc) => [doc.file, doc]));
  const quizIdsByFile = new Map<string, string[]>();
  const quizzes: Record<string, ManifestQuiz> = {};
  const unloaded: string[] = [];
  for (const { file, quiz } of input.quizzes) {
    const doc = docByFile.get(file);
    if (!doc) {
      if (!input.draftFiles?.has(file)) unloaded.push(file);
      continue;
    }
    quizzes[quiz.id] = quizEntry(quiz, doc);
    quizIdsByFile.set(file, [...(quizIdsByFile.get(file) ?? []), quiz.id]);
  }
  if (unloaded.length > 0) {
    // A quiz that is validated but never rendered would vanish without a word (Astro #14318).
    throw new Error(
      `[quiz] These files have quizzes, but the docs plugin did not load them as pages: ${[...new Set(unloaded)].join(', ')}. ` +
        'Check the docs plugin’s include/exclude options, or move the quiz into a lesson.',
    );
  }
  const lesson = (doc: DocInfo): ManifestLesson => ({
    docId: doc.id,
    title: doc.title,
    permalink: doc.permalink,
    quizIds: quizIdsByFile.get(doc.file) ?? [],
  });
  const inFolder = (doc: DocInfo, folder: string) => doc.file.startsWith(`${docsPath}/${folder}/`);
  const ordered = [...input.units].sort((a, b) => a.position - b.position || (a.folder < b.folder ? -1 : 1));
  const units: CourseManifest['units'] = ordered.map((unit) => {
    const docs = input.docs.filter((doc) => inFolder(doc, unit.folder));
    // The unit id is the folder as it appears in doc ids (Docusaurus strips number prefixes).
    const id = docs[0]?.id.includes('/') ? (docs[0].id.split('/')[0] ?? unit.folder) : unit.folder;
    return { id, label: unit.label, position: unit.position, lessons: docs.map(lesson) };
  });
  const general = input.docs.filter(
    (doc) => !input.units.some((unit) => inFolder(doc, unit.folder)) && quizIdsByFile.has(doc.file),
  );
  if (general.length > 0) {
    const position = Math.max(0, ...units.map((unit) => unit.position)) + 1;
    units.push({ ...GENERAL_UNIT, position, lessons: general.map(lesson) });
  }
  return {
    version: MANIFEST_VERSION,
    ...(input.generatedAt === undefined ? {} : { generatedAt: input.generatedAt }),
    units,
    quizzes,
  };
}

/** The lean form for global data: no question text, no teaches anchors, no timestamps. */
export function toClientManifest(manifest: CourseManifest): ClientManifest {
  const quizzes: ClientManifest['quizzes'] = {};
  for (const quiz of Object.values(manifest.quizzes)) {
    quizzes[quiz.id] = {
      title: quiz.title,
      passMark: quiz.passMark,
      lessonDocId: quiz.lessonDocId,
      permalink: quiz.permalink,
      questions: quiz.questions.map(({ id, type, points, hash }) => ({ id, type, points, hash })),
    };
  }
  return {
    version: manifest.version,
    units: manifest.units.map(({ id, label, lessons }) => ({ id, label, lessons })),
    quizzes,
  };
}
