// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashChanged } from './derive';
import v0Fixture from './fixtures/progress-v0.json';
import v1Export from './fixtures/progress-v1-export.json';
import v2Export from './fixtures/progress-v2-export.json';
import v3Export from './fixtures/progress-v3-export.json';
import { detectVersion, migrate, MIGRATIONS } from './migrations';
import { PROGRESS_VERSION } from './schema';
import { attemptScreen } from '../quiz/attemptScreen';
import { sampleQuiz } from '../quiz/testFixtures';
import { firstSchedule, GRADE } from '../review/entry';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
};

describe('migrate', () => {
  it('brings the v0 fixture to the current version, keeping every answer, score and "done" lesson', () => {
    const result = migrate(structuredClone(v0Fixture));
    expect(result).toMatchObject({ status: 'ok', migrated: true, fromVersion: 0 });
    if (result.status !== 'ok') return;
    const { questions, quizzes, lessons, version } = result.data;
    expect(version).toBe(PROGRESS_VERSION);
    expect(questions['dpa-title-i-purpose']).toEqual({
      quizId: 'dpa-basics',
      response: { type: 'single', choice: 0 },
      fraction: 1,
      correct: true,
      hash: '',
      answeredAt: Date.parse('2025-03-01T10:00:00.000Z'),
    });
    expect(questions['dpa-tools']).toMatchObject({ fraction: 0.5, correct: false });
    // An unreadable v0 date becomes "long ago", so it loses any merge instead of breaking the file.
    expect(questions['scr-who-decides']?.answeredAt).toBe(0);
    expect(quizzes['dpa-basics']?.attempts.map((a) => [a.percent, a.passed])).toEqual([
      [50, false],
      [90, true],
    ]);
    expect(lessons['unit-1-two-levers/overview']).toEqual({ markedDone: true, markedAt: 0 });
    expect(result.data.updatedAt).toBe(Date.parse('2025-03-01T10:02:00.000Z'));
  });

  it('marks migrated v0 answers as changed, because v0 kept no content hash', () => {
    const result = migrate(v0Fixture);
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(hashChanged(result.data.questions['dpa-tools']!, '0a1b2c3d4e5f60')).toBe(true);
  });

  it('never changes its input', () => {
    const frozen = deepFreeze(structuredClone(v0Fixture));
    expect(() => migrate(frozen)).not.toThrow();
    expect(frozen).toEqual(v0Fixture);
  });

  it('passes current data through unchanged and says it did not migrate', () => {
    const result = migrate(v3Export);
    expect(result).toMatchObject({ status: 'ok', migrated: false, fromVersion: 3 });
    if (result.status === 'ok') expect(result.data).toEqual(v3Export);
  });

  it('brings the v1 fixture to the current version losing no answer, attempt, lesson or date', () => {
    const result = migrate(structuredClone(v1Export));
    expect(result).toMatchObject({ status: 'ok', migrated: true, fromVersion: 1 });
    if (result.status !== 'ok') return;
    const { current, ...rest } = result.data.quizzes['dpa-basics']!;
    const { review, ...data } = result.data;
    expect(Object.keys(review).sort()).toEqual(Object.keys(v1Export.questions).sort());
    expect({ ...data, version: 1, quizzes: { ...data.quizzes, 'dpa-basics': rest } }).toEqual({
      ...v1Export,
      quizzes: { ...v1Export.quizzes, 'retired-quiz': result.data.quizzes['retired-quiz'] },
    });
    expect(current).toMatchObject({ mode: 'practice', number: 2 });
  });

  it('shows a migrated v1 learner the screen v1 showed: latest answers, checked, in practice', () => {
    // v1 put each saved answer back as a checked answer in a fresh practice attempt, when its hash
    // still matched; v2 saves that attempt, so the migrated one must look the same.
    const result = migrate(structuredClone(v1Export));
    if (result.status !== 'ok') throw new Error('expected ok');
    const attempt = result.data.quizzes['dpa-basics']!.current!;
    const screen = attemptScreen(sampleQuiz, attempt, () => '0a1b2c3d4e5f60');
    expect(screen.mode).toBe('practice');
    expect(screen.finished).toBe(false);
    expect(screen.questions['dpa-title-i-purpose']).toMatchObject({
      response: { type: 'single', choice: 0 },
      locked: true,
      grade: expect.objectContaining({ correct: true }),
    });
    // A question whose hash no longer matches shows as changed, as in v1.
    const changed = attemptScreen(sampleQuiz, attempt, () => 'ffffffffffffff');
    expect(changed.questions['dpa-title-i-purpose']).toMatchObject({
      response: null,
      changedSinceAnswered: true,
    });
  });

  it('puts every answered question of the v2 fixture into review, due 1 day after a wrong answer and 3 after a right one', () => {
    const result = migrate(structuredClone(v2Export));
    expect(result).toMatchObject({ status: 'ok', migrated: true, fromVersion: 2 });
    if (result.status !== 'ok') return;
    const day = 86_400_000;
    const { review, ...rest } = result.data;
    expect(review).toEqual({
      'dpa-title-i-purpose': {
        hash: '0a1b2c3d4e5f60',
        due: 1779990320000 + 3 * day,
        last: 1779990320000,
        grade: 3,
      },
      'dpa-tools': { hash: '0a1b2c3d4e5f62', due: 1779990330000 + day, last: 1779990330000, grade: 1 },
    });
    // Nothing else changes: the rest is the v2 file as it was.
    expect({ ...rest, version: 2 }).toEqual(v2Export);
  });

  it('gives the same first dates as a lesson answer does in v3 (src/review/entry.ts), so both paths agree', () => {
    const result = migrate(structuredClone(v2Export));
    if (result.status !== 'ok') throw new Error('expected ok');
    for (const [id, record] of Object.entries(v2Export.questions)) {
      const grade = record.correct ? GRADE.good : GRADE.again;
      expect(result.data.review[id]).toEqual(firstSchedule(record.hash, grade, record.answeredAt));
    }
  });

  it('leaves data from a newer version alone and reports that version', () => {
    expect(migrate({ version: PROGRESS_VERSION + 1, anything: true })).toEqual({
      status: 'newer',
      version: PROGRESS_VERSION + 1,
      migrated: false,
    });
  });

  it.each([
    ['an array', []],
    ['no version and no answers', { hello: 'world' }],
    ['a version written as text', { ...v1Export, version: '1' }],
    [
      'a v0 shape with a wrong answer',
      { answers: { a: { quiz: 'q', response: { type: 'single', choice: -1 }, score: 1, at: '' } } },
    ],
    ['a v1 shape with a missing field', { ...v1Export, questions: undefined }],
  ])('calls %s unreadable, with a reason', (_, raw) => {
    const result = migrate(raw);
    expect(result.status).toBe('unreadable');
    if (result.status === 'unreadable') expect(result.reason.length).toBeGreaterThan(0);
  });
});

describe('MIGRATIONS', () => {
  it('chains every version from 0 to the current one, one step each', () => {
    MIGRATIONS.forEach((step, index) => {
      expect(step.from).toBe(index);
      expect(step.to).toBe(index + 1);
    });
    expect(MIGRATIONS.at(-1)?.to).toBe(PROGRESS_VERSION);
  });
});

describe('detectVersion', () => {
  it('reads the version field, treats the unversioned answers shape as v0, and refuses the rest', () => {
    expect(detectVersion({ version: 3 })).toBe(3);
    expect(detectVersion({ answers: {} })).toBe(0);
    expect(detectVersion({ version: -1 })).toBeNull();
    expect(detectVersion(null)).toBeNull();
    expect(detectVersion('{"version":1}')).toBeNull();
  });
});
