/**
 * The plugin that makes the SCORM variant of the site (docusaurus.scorm.config.ts only; the normal
 * site never loads it): it adds the LMS client module, keeps each learner's progress apart on a
 * shared computer, lets search find its index from whatever folder the LMS serves the package at,
 * and after the build writes every SCORM package into the normal build's `lms/` folder.
 *
 * Wire it as `['./plugins/scorm/index.ts', { mainBuildDir }]`: Docusaurus resolves plugin paths with
 * Node's resolver, which looks for index.js in a folder, never index.ts.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CourseContent } from '../course/index';
import { loadedDocs } from '../course/docs-content';
import { buildCourseManifest, toClientManifest } from '../course/manifest';
import { courseOutline, type CourseOutline } from '../../src/course/courseOutline';
import { writeScormPackages } from './packages';

export interface ScormPluginOptions {
  /** The normal build's folder: the packages go into its `lms/`, and its search index into them. */
  mainBuildDir: string;
  /** The normal build's base URL, which the search index's page addresses start with. */
  mainBaseUrl: string;
}

/** Module requests the SCORM build answers with its own module (see the comments on each). */
export const REPLACEMENTS = [
  {
    // src/theme/Root's store: the same store, under a key that names the LMS learner and the package.
    request: /^@site\/src\/progress\/browserStore$/,
    module: 'src/scorm/scopedBrowserStore.ts',
  },
  {
    // The search plugin fetches its index from `${baseUrl}search-index.json` inside a worker, which
    // inside a package must be the package's folder, not the LMS's root.
    request: /^\.\.\/searchByWorker$/,
    module: 'src/scorm/searchByWorker.ts',
  },
] as const;

export default function scormPlugin(context: LoadContext, options: ScormPluginOptions): Plugin {
  let outline: CourseOutline | undefined;
  return {
    name: 'scorm-packages',

    getClientModules() {
      return [path.resolve(context.siteDir, 'src/scorm/clientModule.ts')];
    },

    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: REPLACEMENTS.map(
          ({ request, module }) =>
            new NormalModuleReplacementPlugin(request, path.resolve(context.siteDir, module)),
        ),
      };
    },

    async allContentLoaded({ allContent }) {
      const content = allContent.course?.default as CourseContent | undefined;
      if (!content)
        throw new Error('[scorm] The SCORM build needs the course plugin (./plugins/course/index.ts).');
      const manifest = buildCourseManifest({ ...content, ...loadedDocs(allContent), docsPath: 'docs' });
      outline = courseOutline(toClientManifest(manifest));
    },

    async postBuild({ outDir }) {
      if (!outline) return;
      await writeScormPackages({
        siteDir: outDir,
        mainBuildDir: path.resolve(context.siteDir, options.mainBuildDir),
        mainBaseUrl: options.mainBaseUrl,
        outline,
        courseTitle: context.siteConfig.title,
      });
    },
  };
}
