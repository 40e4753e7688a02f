import { describe, expect, it } from 'vitest';
import { assignmentItems } from './assignment';
import { buildGradebook, type GradebookSource, sortRows } from './gradebook';
import { submissionCode, submissionFile } from './submission';
import { DUE_AT, submissionOf, testAssignment, testOutline } from './testFixtures';

const assignment = testAssignment();
const items = assignmentItems(assignment, testOutline);
const file = (label: string, text: string): GradebookSource => ({ label, text, byteLength: text.length });
const fileOf = (submission: ReturnType<typeof submissionOf>, label = `${submission.name}.json`) =>
  file(label, submissionFile(submission).text);
const table = (sources: GradebookSource[]) => buildGradebook(assignment, items, sources);

describe('buildGradebook', () => {
  it('gives one row per student with scores, total, pass/fail, late and missing items', () => {
    const { rows, rejected } = table([
      fileOf(submissionOf('Chen', { 'start-here': [60, 100], 'dpa-basics': [80] })),
      file('code 1', submissionCode(submissionOf('Ana', { 'start-here': [40] }, DUE_AT + 1))),
    ]);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      {
        name: 'Ana',
        scores: [40, null],
        total: 20,
        passed: false,
        late: true,
        complete: false,
        submittedAt: DUE_AT + 1,
        missing: ['The Defense Production Act'],
        replaced: 0,
        answers: [],
      },
      expect.objectContaining({
        name: 'Chen',
        scores: [100, 80],
        total: 90,
        passed: true,
        late: false,
        missing: [],
      }),
    ]);
  });

  it('keeps the latest of two submissions under one name and flags it; an exact copy is not a duplicate', () => {
    const early = submissionOf('Ana Lopez', { 'start-here': [40] }, DUE_AT - 5000);
    const late = submissionOf('  ana  lopez', { 'start-here': [90] }, DUE_AT - 1000);
    const { rows } = table([fileOf(late), fileOf(early), file('copy', submissionCode(late))]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'ana lopez', scores: [90, null], replaced: 1 });
  });

  it('lists each bad source with its reason and still loads the rest', () => {
    const good = submissionOf('Ana', { 'start-here': [90] });
    const other = submissionOf('Ben', {}, undefined, testAssignment({ title: 'Another week' }));
    const text = submissionFile(good).text;
    const { rows, rejected } = table([
      file('edited.json', text.replace('"best": 90', '"best": 100')),
      file('notes.txt', 'hello'),
      file('huge.json', '{}'),
      { label: 'huge.json', text: '{}', byteLength: 300 * 1024 },
      file('cut.json', text.slice(0, 100)),
      fileOf(other, 'other.json'),
      fileOf(good),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Ana']);
    expect(rejected.map((bad) => [bad.label, bad.problem])).toEqual([
      ['edited.json', 'bad-checksum'],
      ['notes.txt', 'not-a-submission'],
      ['huge.json', 'not-a-submission'],
      ['huge.json', 'too-large'],
      ['cut.json', 'truncated'],
      ['other.json', 'wrong-assignment'],
    ]);
    expect(rejected[5]?.reason).toMatch(/different assignment \("Another week"\)/);
  });

  it('keeps names such as "__proto__" as ordinary students', () => {
    const { rows } = table([fileOf(submissionOf('__proto__', {})), fileOf(submissionOf('constructor', {}))]);
    expect(rows.map((row) => row.name)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).replaced).toBeUndefined();
  });
});

describe('sortRows', () => {
  const { rows } = table([
    fileOf(submissionOf('Bo', { 'start-here': [70] })),
    fileOf(submissionOf('al', { 'start-here': [70], 'dpa-basics': [100] })),
    fileOf(submissionOf('Cy', {})),
  ]);
  const names = (key: Parameters<typeof sortRows>[1], direction: 'ascending' | 'descending') =>
    sortRows(rows, key, direction).map((row) => row.name);

  it('sorts by name, total or a quiz, either way, ties in name order', () => {
    expect(names('name', 'ascending')).toEqual(['al', 'Bo', 'Cy']);
    expect(names('name', 'descending')).toEqual(['Cy', 'Bo', 'al']);
    expect(names('total', 'descending')).toEqual(['al', 'Bo', 'Cy']);
    expect(names('quiz-0', 'descending')).toEqual(['al', 'Bo', 'Cy']);
    expect(names('quiz-0', 'ascending')).toEqual(['Cy', 'al', 'Bo']);
  });
});
