// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext } from '@docusaurus/types';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { describe, expect, it } from 'vitest';
import coursePlugin, { loadCourse, validateOptions } from './index';
import { DEFAULT_UNIT_PATTERN } from './units';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('validateOptions', () => {
  const validate = (options: unknown) =>
    validateOptions({ options: options as never, validate: normalizePluginOptions as never });

  it('fills in the defaults', () => {
    expect(validate({})).toEqual({
      id: 'default',
      path: 'docs',
      docsPluginId: 'default',
      unitFolderPattern: DEFAULT_UNIT_PATTERN,
    });
  });

  it('refuses an option of the wrong type', () => {
    expect(() => validate({ path: 3 })).toThrow('"path" must be a string');
  });
});

describe('coursePlugin', () => {
  it('is named course and watches the lessons and the unit categories', () => {
    const context = {
      siteDir: '/site',
      siteConfig: { markdown: { format: 'mdx' } },
    } as unknown as LoadContext;
    const plugin = coursePlugin(context);
    expect(plugin.name).toBe('course');
    expect(plugin.getPathsToWatch?.()).toEqual(['/site/docs/**/*.{md,mdx}', '/site/docs/**/_category_.json']);
  });
});

describe('loadCourse', () => {
  it('returns the validated quizzes of every lesson and the unit folders', async () => {
    const { quizzes, units } = await loadCourse(
      path.join(fixtures, 'site'),
      'docs',
      'mdx',
      DEFAULT_UNIT_PATTERN,
    );
    expect(quizzes.map((entry) => [entry.file, entry.quiz.id])).toEqual([
      ['docs/guides/question-gallery.mdx', 'gallery'],
      ['docs/unit-1-two-levers/01-dpa.mdx', 'u1-dpa'],
      ['docs/unit-1-two-levers/02-supply-chain-risk.mdx', 'u1-scr'],
      ['docs/unit-2-usage-policies/01-policies.mdx', 'u2-policies'],
    ]);
    expect(units.map((unit) => unit.folder).sort()).toEqual(['unit-1-two-levers', 'unit-2-usage-policies']);
  });

  it('throws one [quiz] error that lists every problem', async () => {
    await expect(
      loadCourse(path.join(fixtures, 'bad-site'), 'docs', 'mdx', DEFAULT_UNIT_PATTERN),
    ).rejects.toThrow(/^\[quiz\] The quizzes in docs\/ have 4 errors in 2 files\./);
  });
});
