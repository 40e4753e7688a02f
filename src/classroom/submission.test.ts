import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@site/src/progress/canonical';
import { crc32, toBase64Url } from './checksum';
import v1 from './fixtures/submission-v1.json';
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
      version: 2,
      assignmentId: assignment.id,
      name: 'Ana Lopez',
      submittedAt: NOW,
      complete: false,
      lessons: [{ docId: 'unit-1-two-levers/overview', complete: false }],
      answers: [],
    });
    expect(submission.quizzes[0]).toMatchObject({ quizId: 'start-here', best: 90, attempts: 2 });
    expect(submission.quizzes[1]).toEqual({ quizId: 'dpa-basics', best: null, attempts: 0 });
    expect(submission.checksum).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is complete when every quiz was tried and every lesson is complete', () => {
    const submission = submissionOf('Ben', { 'start-here': [50], 'dpa-basics': [100] });
    expect(submission.complete).toBe(true);
  });

  it('counts a lesson’s quiz as passed at the assignment’s pass mark, not the quiz’s own', () => {
    const lessonAssignment = testAssignment({ lessons: ['unit-1-two-levers/01-defense-production-act'] });
    const at75 = progressWith({ 'dpa-basics': [75] });
    const submission = buildSubmission(lessonAssignment, at75, testOutline, 'Ana', NOW);
    // The quiz's own pass mark is 80; the assignment's is 70.
    expect(submission.lessons).toEqual([
      { docId: 'unit-1-two-levers/01-defense-production-act', complete: true },
    ]);
  });

  it('carries the latest answer to each assigned question, and nothing of other quizzes', () => {
    const progress = progressWith({ 'start-here': [50] }, [], {
      'sh-q1': ['start-here', { type: 'single', choice: 2 }, 0],
      'sh-q2': ['start-here', { type: 'short', text: ' Title III ' }, 1],
      'scr-q1': ['scr-basics', { type: 'single', choice: 0 }, 1],
    });
    const { answers } = buildSubmission(testAssignment(), progress, testOutline, 'Ana', NOW);
    expect(answers).toEqual([
      {
        questionId: 'sh-q1',
        quizId: 'start-here',
        response: { type: 'single', choice: 2 },
        fraction: 0,
        correct: false,
        hash: '0a1b2c3d4e5f60',
        answeredAt: expect.any(Number),
      },
      expect.objectContaining({ questionId: 'sh-q2', response: { type: 'short', text: ' Title III ' } }),
    ]);
  });
});

describe('parseSubmission', () => {
  const submission = submissionOf('Ana', { 'start-here': [90] }, undefined, undefined, {
    'sh-q1': ['start-here', { type: 'single', choice: 1 }, 1],
  });

  it('reads back the file and the code unchanged', () => {
    const file = submissionFile(submission);
    expect(file.filename).toBe(`submission-ana-${submission.assignmentId}.json`);
    expect(parseSubmission(file.text)).toEqual({ ok: true, submission });
    const code = submissionCode(submission);
    expect(code).toMatch(/^WCMAI2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(code.endsWith(`.${submission.checksum}`)).toBe(true);
    expect(parseSubmission(code)).toEqual({ ok: true, submission });
    // E-mail programs wrap long lines.
    expect(parseSubmission(code.replace(/(.{60})/g, '$1\n ')).ok).toBe(true);
  });

  it('still reads the codes and files that version 1 of the site made', () => {
    for (const text of [v1.code, v1.file]) {
      const result = parseSubmission(text);
      expect(result.ok && result.submission).toMatchObject({
        version: 1,
        name: 'Ana Lopez',
        quizzes: [
          { quizId: 'start-here', best: 90, attempts: 2 },
          { quizId: 'dpa-basics', best: null },
        ],
        answers: [],
      });
    }
  });

  it('calls every one-character change of a real code damaged or edited', () => {
    const code = submissionCode(submission);
    const replacements = [...'Az09-_.f!~'];
    const verdicts = new Map<string, number>();
    for (let index = 0; index < code.length; index++) {
      for (const char of replacements) {
        if (char === code[index]) continue;
        const edited = `${code.slice(0, index)}${char}${code.slice(index + 1)}`;
        const result = parseSubmission(edited);
        const verdict = result.ok ? 'accepted' : `${result.problem}: ${result.reason.slice(0, 41)}`;
        verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
      }
    }
    expect([...verdicts.keys()]).toEqual(['bad-checksum: Damaged or edited: the checksum no longer']);
    expect(verdicts.get([...verdicts.keys()][0]!)).toBeGreaterThan(code.length * 8);
  });

  it('calls nearly every one-character change of a version 1 code damaged or edited', () => {
    let damaged = 0;
    let total = 0;
    for (let index = 0; index < v1.code.length; index++) {
      const char = v1.code[index] === 'A' ? 'B' : 'A';
      const result = parseSubmission(`${v1.code.slice(0, index)}${char}${v1.code.slice(index + 1)}`);
      expect(result.ok).toBe(false);
      total += 1;
      if (!result.ok && result.problem === 'bad-checksum') damaged += 1;
    }
    // Only an edit of the last characters, which hold the closing brace, reads as cut off.
    expect(total - damaged).toBeLessThanOrEqual(2);
  });

  it('calls a one-character change anywhere in a file damaged or edited, unless it removes the end', () => {
    const text = submissionFile(submission).text.trimEnd();
    for (let index = 0; index < text.length; index++) {
      for (const char of ['x', '1', '"', '}']) {
        if (char === text[index] || /\s/.test(text[index]!)) continue;
        const result = parseSubmission(`${text.slice(0, index)}${char}${text.slice(index + 1)}`);
        const expected = index === text.length - 1 && char !== '}' ? 'truncated' : 'bad-checksum';
        expect(result.ok ? 'ok' : result.problem, `${char} at ${index}`).toBe(expected);
      }
    }
  });

  it('says a cut-off file or code is cut off', () => {
    const text = submissionFile(submission).text;
    expect(problemOf(text.slice(0, text.length / 2))).toBe('truncated');
    const code = submissionCode(submission);
    for (const cut of [3, 9, 10, 40, 41, 42])
      expect(problemOf(code.slice(0, code.length - cut))).toBe('truncated');
    expect(problemOf(v1.code.slice(0, v1.code.length - 40))).toBe('truncated');
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
  });

  it('tells a submission from a newer version apart, once its checksum matches', () => {
    expect(problemOf(resigned({ ...submission, version: 3 }))).toBe('unknown-version');
    const { checksum: _c, ...body } = { ...submission, version: 3 };
    const json = canonicalJson(body);
    expect(problemOf(`WCMAI3.${toBase64Url(json)}.${crc32(json)}`)).toBe('unknown-version');
    // The same code with only its prefix changed to version 3 was edited.
    expect(problemOf(submissionCode(submission).replace('WCMAI2.', 'WCMAI3.'))).toBe('bad-checksum');
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
    expect(splitCodes('WCMAI1.abc\n\n  WCMAI2.de\n f.0123abcd WCMAI1.g')).toEqual([
      'WCMAI1.abc',
      'WCMAI2.def.0123abcd',
      'WCMAI1.g',
    ]);
    expect(splitCodes('  \n ')).toEqual([]);
  });
});
