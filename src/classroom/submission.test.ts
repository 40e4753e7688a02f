import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@site/src/progress/canonical';
import { crc32, toBase64Url } from './checksum';
import {
  buildSubmission,
  parseSubmission,
  splitCodes,
  SUBMISSION_MAX_BYTES,
  submissionCode,
  submissionFile,
} from './submission';
import { progressWith, submissionOf, testAssignment, testOutline } from './testFixtures';

const NOW = Date.UTC(2026, 10, 30, 10);
const problemOf = (text: string, size?: number) => {
  const result = parseSubmission(text, size);
  return result.ok ? 'ok' : result.problem;
};
/** A submission body re-signed after editing, as a forger (or a test) would. */
const resigned = (body: Record<string, unknown>) => {
  const { checksum: _old, ...rest } = body;
  return JSON.stringify({ ...rest, checksum: crc32(canonicalJson(rest)) });
};

describe('buildSubmission', () => {
  it('records best score, attempts, lesson completion and the name, and says when items are missing', () => {
    const assignment = testAssignment();
    const progress = progressWith({ 'start-here': [40, 90] });
    const submission = buildSubmission(assignment, progress, testOutline, '  Ana Lopez ', NOW);
    expect(submission).toMatchObject({
      kind: 'wcmai-submission',
      version: 1,
      assignmentId: assignment.id,
      name: 'Ana Lopez',
      submittedAt: NOW,
      complete: false,
      lessons: [{ docId: 'unit-1-two-levers/overview', complete: false }],
    });
    expect(submission.quizzes[0]).toMatchObject({ quizId: 'start-here', best: 90, attempts: 2 });
    expect(submission.quizzes[1]).toEqual({ quizId: 'dpa-basics', best: null, attempts: 0 });
    expect(submission.checksum).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is complete when every quiz was tried and every lesson is complete', () => {
    const submission = submissionOf('Ben', { 'start-here': [50], 'dpa-basics': [100] });
    expect(submission.complete).toBe(true);
  });
});

describe('parseSubmission', () => {
  const submission = submissionOf('Ana', { 'start-here': [90] });

  it('reads back the file and the code unchanged', () => {
    const file = submissionFile(submission);
    expect(file.filename).toBe(`submission-ana-${submission.assignmentId}.json`);
    expect(parseSubmission(file.text)).toEqual({ ok: true, submission });
    const code = submissionCode(submission);
    expect(code).toMatch(/^WCMAI1\.[A-Za-z0-9_-]+$/);
    expect(parseSubmission(code)).toEqual({ ok: true, submission });
    // E-mail programs wrap long lines.
    expect(parseSubmission(code.replace(/(.{60})/g, '$1\n ')).ok).toBe(true);
  });

  it('catches a one-character edit with the checksum', () => {
    const text = submissionFile(submission).text;
    expect(problemOf(text.replace('"best": 90', '"best": 99'))).toBe('bad-checksum');
    expect(problemOf(text.replace('"name": "Ana"', '"name": "Anb"'))).toBe('bad-checksum');
  });

  it('says a cut-off file or code is truncated', () => {
    const text = submissionFile(submission).text;
    expect(problemOf(text.slice(0, text.length / 2))).toBe('truncated');
    const code = submissionCode(submission);
    expect(problemOf(code.slice(0, code.length - 40))).toBe('truncated');
    expect(problemOf(code.slice(0, code.length - 41))).toBe('truncated');
  });

  it('says what is not a submission', () => {
    for (const text of [
      '',
      'Name,Score\r\nAna,90',
      '{"version":1,"questions":{}}',
      '[1,2]',
      'hello',
      '\u0000\u0001',
    ]) {
      expect(problemOf(text), JSON.stringify(text)).toBe('not-a-submission');
    }
    expect(problemOf(resigned({ ...submission, version: 2 }))).toBe('unknown-version');
    expect(problemOf(`WCMAI2.${toBase64Url('{}')}`)).toBe('unknown-version');
  });

  it('refuses a file over 256 KB before reading it', () => {
    expect(problemOf('{}', SUBMISSION_MAX_BYTES + 1)).toBe('too-large');
    expect(problemOf(`{"name":"${'a'.repeat(SUBMISSION_MAX_BYTES)}"}`)).toBe('too-large');
  });

  it('refuses 10,000-deep arrays without a stack overflow', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(problemOf(deep)).toBe('not-a-submission');
    expect(problemOf(`WCMAI1.${toBase64Url(deep)}`)).toBe('not-a-submission');
    expect(problemOf(resigned({ ...submission, quizzes: '[]' }).replace('"[]"', deep))).toBe(
      'not-a-submission',
    );
  });

  it('never pollutes Object.prototype, and refuses prototype keys as ids', () => {
    const polluted = `{"__proto__":{"polluted":1},${resigned(submission).slice(1)}`;
    const result = parseSubmission(polluted);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.keys(result.submission)).not.toContain('__proto__');
    for (const quizId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const hostile = resigned({ ...submission, quizzes: [{ quizId, best: 1, attempts: 1 }] });
      expect(() => parseSubmission(hostile)).not.toThrow();
    }
    expect(
      problemOf(resigned({ ...submission, quizzes: [{ quizId: 'constructor', best: 1, attempts: 1 }] })),
    ).toBe('not-a-submission');
  });

  it('keeps XSS strings as plain text and refuses unknown fields', () => {
    const name = '<img src=x onerror=alert(1)>"><svg onload=alert(1)>';
    const result = parseSubmission(submissionFile(submissionOf(name, {})).text);
    expect(result.ok && result.submission.name).toBe(name);
    expect(problemOf(resigned({ ...submission, isTeacher: true }))).toBe('not-a-submission');
    const reason = parseSubmission(resigned({ ...submission, name: 'x'.repeat(500) }));
    expect(!reason.ok && reason.reason.length).toBeLessThan(140);
  });
});

describe('splitCodes', () => {
  it('finds each code in pasted text, whatever lies between', () => {
    expect(splitCodes('WCMAI1.abc\n\n  WCMAI1.de\n f WCMAI1.g')).toEqual([
      'WCMAI1.abc',
      'WCMAI1.def',
      'WCMAI1.g',
    ]);
    expect(splitCodes('  \n ')).toEqual([]);
  });
});
