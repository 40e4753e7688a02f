// @vitest-environment node
/**
 * Runs the plugin inside Docusaurus's own loader with the real docs plugin, so the lesson ids,
 * titles and permalinks in the manifest are checked against what Docusaurus produces, not a guess.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { afterAll, describe, expect, it } from 'vitest';
import coursePlugin, { MANIFEST_FILE } from './index';
import { clientManifestSchema, courseManifestSchema } from './manifest-schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const sites: string[] = [];

/** A throwaway site holding a fixture's docs/, with node_modules linked from the project. */
function siteFrom(fixture: string): string {
  const site = mkdtempSync(path.join(os.tmpdir(), 'course-plugin-'));
  sites.push(site);
  cpSync(path.join(here, 'fixtures', fixture, 'docs'), path.join(site, 'docs'), { recursive: true });
  symlinkSync(path.resolve(here, '../../node_modules'), path.join(site, 'node_modules'), 'dir');
  writeFileSync(
    path.join(site, 'docusaurus.config.mjs'),
    `export default {
  title: 'Fixture', url: 'https://example.com', baseUrl: '/course/',
  markdown: { mdx1Compat: { headingIds: true } },
  plugins: [['@docusaurus/plugin-content-docs', { path: 'docs', routeBasePath: 'docs' }]],
};\n`,
  );
  return site;
}

async function loadSite(site: string) {
  const { loadContext } = await import('@docusaurus/core/lib/server/site.js');
  const { loadPlugins } = await import('@docusaurus/core/lib/server/plugins/plugins.js');
  const context: LoadContext = await loadContext({ siteDir: site });
  // Passed as a function so these tests run today; the path form is tested below.
  context.siteConfig.plugins.push([coursePlugin as unknown as PluginModule, {}]);
  return { context, ...(await loadPlugins(context)) };
}

afterAll(() => {
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

describe('the course plugin inside Docusaurus', () => {
  it('publishes the lean manifest with Docusaurus’s ids, titles and permalinks', async () => {
    const { globalData } = await loadSite(siteFrom('site'));
    const data = clientManifestSchema.parse(globalData.course?.default);
    expect(data.units).toEqual([
      {
        id: 'unit-1-two-levers',
        label: 'Unit 1: Two levers',
        lessons: [
          {
            docId: 'unit-1-two-levers/overview',
            title: 'Unit 1 overview',
            permalink: '/course/docs/unit-1-two-levers/overview',
            quizIds: [],
          },
          {
            docId: 'unit-1-two-levers/dpa',
            title: 'The Defense Production Act',
            permalink: '/course/docs/unit-1-two-levers/dpa',
            quizIds: ['u1-dpa'],
          },
          {
            docId: 'unit-1-two-levers/supply-chain-risk',
            title: 'Supply-chain-risk designations',
            permalink: '/course/docs/unit-1-two-levers/supply-chain-risk',
            quizIds: ['u1-scr'],
          },
        ],
      },
      {
        id: 'unit-2-usage-policies',
        label: 'Unit 2: Usage policies',
        lessons: [
          {
            docId: 'unit-2-usage-policies/policies',
            title: 'Usage policies',
            permalink: '/course/docs/unit-2-usage-policies/policies',
            quizIds: ['u2-policies'],
          },
        ],
      },
      {
        id: 'general',
        label: 'General',
        lessons: [
          {
            docId: 'guides/question-gallery',
            title: 'Question gallery',
            permalink: '/course/docs/guides/question-gallery',
            quizIds: ['gallery'],
          },
        ],
      },
    ]);
    expect(data.quizzes['u1-dpa']).toEqual({
      title: 'The Defense Production Act',
      passMark: 75,
      lessonDocId: 'unit-1-two-levers/dpa',
      permalink: '/course/docs/unit-1-two-levers/dpa',
      questions: [
        { id: 'u1-dpa-title-i', type: 'single', points: 2, hash: expect.stringMatching(/^[0-9a-f]{14}$/) },
        { id: 'u1-dpa-year', type: 'truefalse', points: 1, hash: expect.stringMatching(/^[0-9a-f]{14}$/) },
      ],
    });
    expect(Object.keys(data.quizzes).sort()).toEqual(['gallery', 'u1-dpa', 'u1-scr', 'u2-policies']);
    // Global data ships to every page: no question text may ride along.
    expect(JSON.stringify(data)).not.toMatch(/Which title ranks orders|Title I ranks orders/);
  }, 60_000);

  it('writes the full manifest to the build folder after the build', async () => {
    const { context, plugins } = await loadSite(siteFrom('site'));
    const course = plugins.find((plugin) => plugin.name === 'course') as Plugin<unknown> & {
      content: unknown;
    };
    const outDir = path.join(context.siteDir, 'build');
    await course.postBuild?.({ ...context, outDir, content: course.content } as Parameters<
      NonNullable<Plugin['postBuild']>
    >[0]);
    const manifest = courseManifestSchema.parse(
      JSON.parse(readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8')),
    );
    expect(manifest.units.map((unit) => [unit.id, unit.position])).toEqual([
      ['unit-1-two-levers', 2],
      ['unit-2-usage-policies', 3],
      ['general', 4],
    ]);
    expect(manifest.quizzes['u1-dpa']?.questions[0]).toMatchObject({
      id: 'u1-dpa-title-i',
      teaches: '#title-i',
    });
    expect(manifest.quizzes['u1-scr']).toMatchObject({
      title: 'Designations check',
      mode: 'test',
      passMark: 80,
    });
    expect(manifest.generatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  }, 60_000);

  it('fails the build with every error, then how many errors in how many files', async () => {
    await expect(loadSite(siteFrom('bad-site'))).rejects.toThrow(
      [
        '[quiz] The quizzes in docs/ have 4 errors in 2 files. Fix each one below, then build again.',
        '',
        'docs/unit-1/a.mdx:3  quiz "same" › question "same-question" › options: expected exactly one option marked correct, found 0. Add `correct` to the right <Option>.',
        'docs/unit-1/a.mdx:7  quiz "same" › question "same-question" › options[0].corect: expected one of the attributes of <Option>: correct, feedback, found "corect". Did you mean "correct"?',
        'docs/unit-1/b.mdx:1  quiz "same" › id: expected a quiz id used once on the whole site, found "same", already used by the quiz at docs/unit-1/a.mdx:1. Ids are the keys of saved progress: give one of them a new id, and keep the id learners already answered.',
        'docs/unit-1/b.mdx:3  quiz "same" › question "other" › explanation: expected an <Explanation>, found none. Add <Explanation>…</Explanation> saying why the answer is right and why the tempting wrong answers are wrong.',
        '',
        '[quiz] 4 errors in 2 files.',
      ].join('\n'),
    );
  }, 60_000);
});

// Docusaurus loads a plugin given by path with jiti (`interopDefault: true`), which hands
// `import { z } from 'zod'` the sealed default export, so `z` is undefined. Namespace imports
// (`import * as z from 'zod'`, zod 4's documented form) work. This turns on by itself once
// src/quiz/schema.ts uses them.
const schemaSource = readFileSync(path.resolve(here, '../../src/quiz/schema.ts'), 'utf8');
describe.skipIf(!schemaSource.includes("import * as z from 'zod"))('the plugin given by path', () => {
  it('loads through Docusaurus’s module loader', async () => {
    const { loadFreshModule } = await import('@docusaurus/utils');
    const loaded = (await loadFreshModule(path.join(here, 'index.ts'))) as { name?: string };
    expect(loaded.name).toBe('coursePlugin');
  }, 60_000); // jiti transpiles unified and micromark (ESM) on a cold cache
});
