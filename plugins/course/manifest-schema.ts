/**
 * The course manifest: units → lessons → quizzes → questions, with no question text. The full form
 * is written to `<outDir>/course-manifest.json` for tools (LMS export, progress migrations); the
 * client form is the plugin's global data, which ships to every page, so it carries only what
 * the dashboard and sidebar need. Types come from these schemas so readers can validate too.
 */
import * as z from 'zod';
import { QUESTION_TYPES, idSchema, quizModeSchema } from '../../src/quiz/schema';

export const MANIFEST_VERSION = 1;

const lessonSchema = z.object({
  /** The docs plugin's id: folder path with number prefixes stripped, e.g. `unit-1-two-levers/dpa`. */
  docId: z.string(),
  title: z.string(),
  /** Full URL path, base URL included, exactly as Docusaurus routes it. */
  permalink: z.string(),
  quizIds: z.array(idSchema),
});

const questionEntrySchema = z.object({
  id: idSchema,
  type: z.enum(QUESTION_TYPES),
  points: z.number().int().positive(),
  /** questionContentHash: changes when what decides the answer changes. */
  hash: z.string(),
  teaches: z.string().optional(),
});

const quizEntrySchema = z.object({
  id: idSchema,
  /** The quiz's title attribute, else the lesson's title. */
  title: z.string(),
  passMark: z.number(),
  mode: quizModeSchema,
  lessonDocId: z.string(),
  permalink: z.string(),
  questions: z.array(questionEntrySchema),
});

export const courseManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  generatedAt: z.string().optional(),
  units: z.array(
    z.object({
      /** Unit folder name as in doc ids; `general` holds quizzes outside the unit folders. */
      id: z.string(),
      label: z.string(),
      position: z.number(),
      lessons: z.array(lessonSchema),
    }),
  ),
  quizzes: z.record(idSchema, quizEntrySchema),
});

export const clientManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  /** In sidebar order. */
  units: z.array(z.object({ id: z.string(), label: z.string(), lessons: z.array(lessonSchema) })),
  quizzes: z.record(
    idSchema,
    z.object({
      title: z.string(),
      passMark: z.number(),
      lessonDocId: z.string(),
      permalink: z.string(),
      questions: z.array(questionEntrySchema.pick({ id: true, type: true, points: true, hash: true })),
    }),
  ),
});

export type CourseManifest = z.infer<typeof courseManifestSchema>;
export type ManifestUnit = CourseManifest['units'][number];
export type ManifestLesson = ManifestUnit['lessons'][number];
export type ManifestQuiz = CourseManifest['quizzes'][string];
export type ClientManifest = z.infer<typeof clientManifestSchema>;
