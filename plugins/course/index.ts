/**
 * The course plugin: reads every quiz out of docs/, fails the build with every error at once when
 * a quiz is wrong, publishes the lean course manifest as global data (`usePluginData('course')`),
 * and writes the full manifest to `<outDir>/course-manifest.json` after the build.
 *
 * Wire it in docusaurus.config.ts as `plugins: ['./plugins/course/index.ts']`: Docusaurus resolves
 * plugin paths with Node's resolver, which looks for index.js in a folder, never index.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { ANSWER_KEY_ROUTE, buildAnswerKey } from './answer-key';
import { loadedDocs } from './docs-content';
import { formatQuizErrors } from './errors';
import { readLessons, type FormatSetting } from './files';
import { writeLmsExports } from './lms/exports';
import { buildCourseManifest, toClientManifest, type UnitFolder } from './manifest';
import { addTeacherRoutes } from './teacher-routes';
import type { CourseManifest } from './manifest-schema';
import { DEFAULT_UNIT_PATTERN, readUnitFolders } from './units';
import { validateLessons, type ValidatedQuiz } from './validate';

export interface CoursePluginOptions {
  /** Docs folder, relative to the site; must be the docs plugin's `path`. */
  path?: string;
  /** The docs plugin instance whose pages hold the lessons. */
  docsPluginId?: string;
  /** Regular expression (as a string) for the top-level folders that are units. */
  unitFolderPattern?: string;
}

export interface CourseContent {
  quizzes: ValidatedQuiz[];
  units: UnitFolder[];
}

export const MANIFEST_FILE = 'course-manifest.json';

const optionsSchema = Joi.object<Required<CoursePluginOptions> & { id: string }>({
  id: Joi.string().default('default'),
  path: Joi.string().default('docs'),
  docsPluginId: Joi.string().default('default'),
  unitFolderPattern: Joi.string().default(DEFAULT_UNIT_PATTERN),
});

/** Docusaurus calls this before the plugin; bad options fail with Joi's message. */
export function validateOptions({
  options,
  validate,
}: OptionValidationContext<CoursePluginOptions | undefined, Required<CoursePluginOptions> & { id: string }>) {
  return validate(optionsSchema, options ?? {});
}

/** Reads, extracts and validates every lesson; throws one `[quiz]` Error listing every problem. */
export async function loadCourse(
  siteDir: string,
  docsPath: string,
  format: FormatSetting,
  unitPattern: string,
) {
  const docsDir = path.resolve(siteDir, docsPath);
  const lessons = await readLessons(siteDir, docsDir, format);
  const { quizzes, errors } = validateLessons(lessons);
  if (errors.length > 0) throw new Error(formatQuizErrors(errors));
  return { quizzes, units: await readUnitFolders(docsDir, unitPattern) };
}

/** `generatedAt` honours SOURCE_DATE_EPOCH so reproducible builds stay byte-identical. */
function buildTime(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString();
}

/** The Docusaurus plugin `course`; options are described by CoursePluginOptions. */
export default function coursePlugin(
  context: LoadContext,
  options: CoursePluginOptions = {},
): Plugin<CourseContent> {
  const docsPath = options.path ?? 'docs';
  const docsDir = path.resolve(context.siteDir, docsPath);
  const format: FormatSetting = context.siteConfig.markdown?.format ?? 'mdx';
  let content: CourseContent | undefined;
  let manifest: CourseManifest | undefined;

  return {
    name: 'course',

    async loadContent() {
      content = await loadCourse(
        context.siteDir,
        docsPath,
        format,
        options.unitFolderPattern ?? DEFAULT_UNIT_PATTERN,
      );
      return content;
    },

    // allContentLoaded, not contentLoaded: the titles and permalinks come from the docs plugin.
    async allContentLoaded({ allContent, actions }) {
      if (!content) return;
      const docs = loadedDocs(allContent, options.docsPluginId ?? 'default');
      manifest = buildCourseManifest({ ...content, ...docs, docsPath });
      actions.setGlobalData(toClientManifest(manifest));
      // The answer key (with answers and explanations) is a module of its own route only: the
      // global data above ships to every page, so it must never carry them.
      const answerKey = await actions.createData(
        'answer-key.json',
        JSON.stringify(buildAnswerKey(manifest, content.quizzes)),
      );
      actions.addRoute({
        path: `${context.baseUrl}${ANSWER_KEY_ROUTE}`,
        component: path.resolve(context.siteDir, 'src/components/AnswerKeyPage/index.tsx'),
        modules: { answerKey },
        exact: true,
      });
      // /teach and /teach/gradebook, each with the course data only it needs.
      const { siteDir, baseUrl } = context;
      await addTeacherRoutes({
        actions,
        siteDir,
        baseUrl,
        manifest,
        docs: docs.docs,
        quizzes: content.quizzes,
      });
    },

    async postBuild({ outDir }) {
      if (!manifest) return;
      const full: CourseManifest = { ...manifest, generatedAt: buildTime() };
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(full, null, 2)}\n`);
      if (content)
        await writeLmsExports(outDir, { manifest, quizzes: content.quizzes, siteConfig: context.siteConfig });
    },

    getPathsToWatch() {
      return [path.join(docsDir, '**/*.{md,mdx}'), path.join(docsDir, '**/_category_.json')];
    },
  };
}

export { extractQuizzes } from './extract';
export { validateLessons, validateLesson, duplicateIdErrors } from './validate';
export { formatQuizError, formatQuizErrors, type QuizError } from './errors';
export { buildCourseManifest, toClientManifest } from './manifest';
export {
  courseManifestSchema,
  clientManifestSchema,
  type CourseManifest,
  type ClientManifest,
} from './manifest-schema';
