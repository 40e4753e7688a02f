// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportProgress, IMPORT_MAX_BYTES, importSizeProblem, parseImportFile } from './exportImport';
import v0Fixture from './fixtures/progress-v0.json';
import v1Export from './fixtures/progress-v1-export.json';
import { emptyProgress, type ProgressEnvelope } from './schema';
import { fullCourseProgress } from './testHelpers';

const NOW = Date.UTC(2026, 10, 26, 14, 30);
const parse = (text: string) => parseImportFile(text, new TextEncoder().encode(text).length);
const reasonOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.reason;
};

describe('exportProgress', () => {
  it('names the file safely with the date: letters, digits and dashes only', () => {
    const { filename } = exportProgress(emptyProgress(), NOW);
    expect(filename).toBe('who-controls-military-ai-progress-2026-11-26.json');
    expect(filename).toMatch(/^[a-z0-9-]+\.json$/);
  });

  it('round-trips: what it exports imports back to the same progress, with the export time set', () => {
    const course = fullCourseProgress();
    const { text } = exportProgress(course, NOW);
    const result = parse(text);
    expect(result).toEqual({ ok: true, envelope: { ...course, lastExportAt: NOW }, migratedFrom: undefined });
  });

  it('writes only allow-listed fields, with keys in a stable order', () => {
    const withExtras = {
      ...emptyProgress(3),
      secret: 'session-token',
      lessons: { 'a/b': { visitedAt: 1, note: 'x' } },
    };
    const { text } = exportProgress(withExtras as ProgressEnvelope, NOW);
    expect(text).not.toMatch(/secret|session-token|note/);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'lastExportAt',
      'lessons',
      'questions',
      'quizzes',
      'review',
      'updatedAt',
      'version',
    ]);
    expect(exportProgress(withExtras as ProgressEnvelope, NOW).text).toBe(text);
  });

  it('refuses, with a "[progress]" error, to export something that is not progress', () => {
    expect(() => exportProgress({ ...emptyProgress(), updatedAt: -1 }, NOW)).toThrow(
      /^\[progress\] Cannot export/,
    );
  });

  it('keeps markup in learner text as plain data', () => {
    const xss = '"><svg onload=alert(1)><img src=x onerror=alert(1)><script>alert(1)</script>';
    const progress: ProgressEnvelope = {
      ...emptyProgress(1),
      lastPage: { path: '/docs/x', title: xss, at: 1 },
      questions: {
        'short-q': {
          quizId: 'quiz',
          response: { type: 'short', text: xss },
          fraction: 0,
          correct: false,
          hash: '',
          answeredAt: 1,
        },
      },
    };
    const result = parse(exportProgress(progress, NOW).text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.envelope.lastPage?.title).toBe(xss);
    expect(result.envelope.questions['short-q']?.response).toEqual({ type: 'short', text: xss });
  });
});

describe('parseImportFile', () => {
  it('accepts an exported v1 file and a v0 file through the migration chain', () => {
    expect(parse(JSON.stringify(v1Export)).ok).toBe(true);
    expect(parse(JSON.stringify(v0Fixture))).toMatchObject({ ok: true, migratedFrom: 0 });
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(importSizeProblem(IMPORT_MAX_BYTES)).toBeNull();
    expect(importSizeProblem(10 * IMPORT_MAX_BYTES)).toMatch(/10\.0 MB.*under 1 MB/);
    const valid = JSON.stringify(v1Export);
    expect(parseImportFile(valid, IMPORT_MAX_BYTES + 1)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/MB/),
    });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a CSV file renamed .json', 'student,quiz,score\nAda,dpa-basics,80\n', /spreadsheet \(CSV\)/],
    ['a plain text file', 'hello there', /not a progress file/],
    ['truncated JSON', JSON.stringify(v1Export).slice(0, 200), /cut off/],
    ['broken JSON', '{"version":1,}', /damaged/],
    ['binary data', '\u0000\u0001PK\u0003\u0004', /not a progress file/],
    ['a 10,000-deep array', '['.repeat(10_000) + ']'.repeat(10_000), /nested/],
    [
      'a future version',
      JSON.stringify({ ...v1Export, version: 7 }),
      /newer version of this site \(format 7/,
    ],
    ['a file with no version', JSON.stringify({ questions: {} }), /no progress version/],
    ['wrong types', JSON.stringify({ ...v1Export, updatedAt: 'yesterday' }), /updatedAt/],
  ])('rejects %s in plain words and says nothing changed', (_, text, reason) => {
    const message = reasonOf(text);
    expect(message).toMatch(reason);
    expect(message).toMatch(/Nothing was changed\.$/);
  });

  it('rejects ids such as toString or valueOf with a readable reason instead of throwing', () => {
    const hostile = {
      ...v1Export,
      quizzes: { toString: 1, valueOf: { attempts: 'x' }, __defineGetter__: [] },
    };
    expect(() => parse(JSON.stringify(hostile))).not.toThrow();
    expect(reasonOf(JSON.stringify(hostile))).toMatch(/quizzes/);
  });

  it('lets no __proto__, constructor or prototype key reach any object', () => {
    const pollution = '{"polluted":1,"isTeacher":true}';
    const file = `{"__proto__":${pollution},"constructor":{"prototype":${pollution}},"prototype":${pollution},
      "version":3,"updatedAt":1,"lessons":{"__proto__":${pollution}},"quizzes":{"__proto__":${pollution},"constructor":{"attempts":[]}},
      "questions":{"__proto__":${pollution}},"review":{"__proto__":${pollution}}}`;
    const result = parse(file);
    // Documented rule: such keys are dropped while parsing, so the rest of the file still imports.
    expect(result).toEqual({ ok: true, envelope: { ...emptyProgress(1) }, migratedFrom: undefined });
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isTeacher).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    if (result.ok)
      for (const part of [result.envelope, result.envelope.questions, result.envelope.quizzes]) {
        expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
      }
  });

  it('quotes at most a short excerpt of the input in its reason', () => {
    const longKey = `x${'-a'.repeat(400)}`;
    const reason = reasonOf(JSON.stringify({ ...v1Export, quizzes: { [longKey]: 5 } }));
    expect(reason.length).toBeLessThan(400);
  });
});
