// @vitest-environment node
import { describe, expect, it } from 'vitest';
import v1Export from './fixtures/progress-v1-export.json';
import { applyImport, previewImport } from './importPlan';
import { migrate } from './migrations';
import type { CourseManifest } from './manifest';
import { emptyProgress, type ProgressEnvelope, progressEnvelopeSchema, type QuestionRecord } from './schema';

const manifest: CourseManifest = {
  lessons: [
    { docId: 'unit-1-two-levers/overview', quizIds: [] },
    { docId: 'unit-1-two-levers/01-defense-production-act', quizIds: ['dpa-basics'] },
  ],
  quizzes: [{ quizId: 'dpa-basics', questionIds: ['dpa-title-i-purpose', 'dpa-tools', 'dpa-1950'] }],
};
// A file saved by an earlier version, read as an import reads it (migrated to the current version).
const migrated = migrate(v1Export);
if (migrated.status !== 'ok') throw new Error('the v1 fixture must migrate');
const file = progressEnvelopeSchema.parse(migrated.data);
const answer = (answeredAt: number, quizId = 'dpa-basics'): QuestionRecord => ({
  quizId,
  response: { type: 'truefalse', value: true },
  fraction: 1,
  correct: true,
  hash: 'ff',
  answeredAt,
});

describe('previewImport', () => {
  it('counts what Merge and what Replace would change, and what is skipped and why', () => {
    const current: ProgressEnvelope = {
      ...emptyProgress(1),
      questions: { 'dpa-1950': answer(5), 'dpa-tools': answer(6) },
    };
    const preview = previewImport(current, file, manifest);
    expect(preview.merge.answers).toEqual({ added: 1, updated: 0, unchanged: 0, keptYours: 0, removed: 0 });
    expect(preview.replace.answers).toEqual({ added: 1, updated: 0, unchanged: 0, keptYours: 0, removed: 2 });
    // Its review schedule goes with it, and the summary counts the two as one question.
    expect(preview.merge.skipped).toEqual([
      { kind: 'answer', id: 'old-removed-question', reason: 'quiz no longer exists' },
      { kind: 'review', id: 'old-removed-question', reason: 'question no longer exists' },
    ]);
    expect(preview.merge.reviews).toEqual({ added: 1, updated: 0, unchanged: 0, keptYours: 0, removed: 0 });
    expect(preview.merge.summary).toBe(
      '1 answer imported, 1 attempt imported, 1 unfinished attempt imported, 2 lessons imported, 1 review schedule imported, 1 skipped: quiz no longer exists',
    );
    expect(preview.replace.summary).toMatch(/^1 answer imported, 2 answers removed, /);
  });

  it('reports "12 answers imported, 2 skipped: quiz no longer exists" style counts', () => {
    const questions = Object.fromEntries([
      ...Array.from({ length: 12 }, (_, i) => [`dpa-q${i}`, answer(10 + i)]),
      ['gone-1', answer(1, 'retired')],
      ['gone-2', answer(2, 'retired')],
    ]);
    const questionIds = Object.keys(questions).filter((id) => id.startsWith('dpa-'));
    const big: CourseManifest = { lessons: [], quizzes: [{ quizId: 'dpa-basics', questionIds }] };
    const incoming = { ...emptyProgress(1), questions };
    expect(previewImport(emptyProgress(), incoming, big).merge.summary).toBe(
      '12 answers imported, 2 skipped: quiz no longer exists',
    );
  });
});

describe('applyImport', () => {
  it('merges by time: your newer answers stay, older ones are updated, unknown items never land', () => {
    const current: ProgressEnvelope = {
      ...emptyProgress(1),
      questions: { 'dpa-title-i-purpose': answer(9e12) },
    };
    const { envelope, report } = applyImport(current, file, 'merge', manifest, 2e12);
    expect(envelope.questions['dpa-title-i-purpose']?.answeredAt).toBe(9e12);
    expect(envelope.questions).not.toHaveProperty('old-removed-question');
    expect(report.answers.keptYours).toBe(1);
    expect(report.summary).toMatch(/1 answer kept \(yours is newer\)/);
    expect(envelope.updatedAt).toBe(2e12);
  });

  it('replaces everything with the file and marks the moment, so other tabs drop their old copy', () => {
    const current: ProgressEnvelope = {
      ...emptyProgress(1),
      questions: { 'dpa-1950': answer(5) },
      lastExportAt: 3,
    };
    const { envelope } = applyImport(current, file, 'replace', manifest, 2e12);
    expect(Object.keys(envelope.questions)).toEqual(['dpa-title-i-purpose']);
    expect(envelope.clearedAt).toBe(2e12);
    expect(envelope.lastExportAt).toBe(file.lastExportAt);
    expect(progressEnvelopeSchema.safeParse(envelope).success).toBe(true);
  });

  it('skips an answer whose quiz still exists but whose question was removed', () => {
    const trimmed: CourseManifest = {
      lessons: [],
      quizzes: [{ quizId: 'dpa-basics', questionIds: ['dpa-tools'] }],
    };
    const { envelope, report } = applyImport(emptyProgress(), file, 'merge', trimmed, 1);
    expect(envelope.questions).toEqual({});
    expect(report.skipped).toContainEqual({
      kind: 'answer',
      id: 'dpa-title-i-purpose',
      reason: 'question no longer exists',
    });
  });

  it('keeps the answer to a question the author moved to another quiz', () => {
    const moved: CourseManifest = {
      lessons: [],
      quizzes: [{ quizId: 'dpa-advanced', questionIds: ['dpa-title-i-purpose'] }],
    };
    const { envelope, report } = applyImport(emptyProgress(), file, 'merge', moved, 1);
    expect(envelope.questions['dpa-title-i-purpose']?.quizId).toBe('dpa-advanced');
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'quiz no longer exists',
      'quiz no longer exists',
      'lesson no longer exists',
      'lesson no longer exists',
      'question no longer exists',
    ]);
  });

  it('says so when the file adds nothing, and never changes its inputs', () => {
    const frozen = Object.freeze({ ...file });
    const { envelope } = applyImport(emptyProgress(), frozen, 'merge', manifest, 1);
    const again = applyImport(envelope, frozen, 'merge', manifest, 2);
    expect(again.report.summary).toBe('Nothing new to import, 1 skipped: quiz no longer exists');
    const onlyKnown = { ...envelope };
    expect(applyImport(envelope, onlyKnown, 'merge', manifest, 3).report.summary).toBe(
      'Nothing new to import: your progress already has everything in this file',
    );
    expect(frozen).toEqual(file);
  });
});
