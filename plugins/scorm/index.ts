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

interface Replacement {
  request: RegExp;
  /** Only requests from a module whose path matches this (all when absent). */
  issuer?: RegExp;
  module: string;
}

/** Module requests the SCORM build answers with its own module (see the comments on each). */
export const REPLACEMENTS: readonly Replacement[] = [
  {
    // Docusaurus's client entry preloads `location.pathname` only, never the hash route (see the module).
    request: /^\.\/preload$/,
    issuer: /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/,
    module: 'src/scorm/hashRoutePreload.ts',
  },
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
];

/** True when the SCORM build answers this request with its own module. */
export function replaces(replacement: Replacement, request: string, issuer: string): boolean {
  return replacement.request.test(request) && (!replacement.issuer || replacement.issuer.test(issuer));
}

export default function scormPlugin(context: LoadContext, options: ScormPluginOptions): Plugin {
  let outline: CourseOutline | undefined;
  // A replacement that never applies (an upgrade renamed the module) must stop the build, not ship
  // a package whose search or first render silently breaks.
  const applied = new Set<Replacement>();
  return {
    name: 'scorm-packages',

    getClientModules() {
      return [path.resolve(context.siteDir, 'src/scorm/clientModule.ts')];
    },

    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: REPLACEMENTS.map(
          (replacement) =>
            new NormalModuleReplacementPlugin(replacement.request, (resource) => {
              if (replaces(replacement, resource.request, resource.contextInfo.issuer ?? '')) {
                resource.request = path.resolve(context.siteDir, replacement.module);
                applied.add(replacement);
              }
            }),
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
      const missed = REPLACEMENTS.filter((replacement) => !applied.has(replacement));
      if (missed.length > 0) {
        throw new Error(
          `[scorm] No module requested ${missed.map((r) => r.request).join(', ')}: a Docusaurus or search plugin upgrade moved it. Update REPLACEMENTS in plugins/scorm/index.ts.`,
        );
      }
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
