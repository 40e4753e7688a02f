import { describe, expect, it } from 'vitest';
import { assignmentItems } from './assignment';
import { csvCell, gradebookCsv, toCsv } from './csv';
import { buildGradebook } from './gradebook';
import { submissionFile } from './submission';
import { DUE_AT, submissionOf, testAssignment, testOutline } from './testFixtures';

describe('csvCell', () => {
  it('quotes fields with a comma, quote, CR or LF and doubles quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Lopez, Ana')).toBe('"Lopez, Ana"');
    expect(csvCell('Ana "Nana" Lopez')).toBe('"Ana ""Nana"" Lopez"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(85)).toBe('85');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('Ana=1')).toBe('Ana=1');
  });
});

describe('toCsv', () => {
  it('ends every record, the last too, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', null],
      ]),
    ).toBe('a,b\r\nc,\r\n');
  });
});

describe('gradebookCsv', () => {
  it('has Student, one percentage column per quiz, Total, Passed, Late, Missing and Submitted, and no blank cell', () => {
    const assignment = testAssignment();
    const items = assignmentItems(assignment, testOutline);
    const sources = [
      submissionOf('=cmd|"/c calc"!A1', { 'start-here': [100] }),
      submissionOf('Lopez, Ana', { 'start-here': [80], 'dpa-basics': [67] }, DUE_AT + 1),
    ].map((s) => ({ label: 'f', text: submissionFile(s).text, byteLength: 1 }));
    const csv = gradebookCsv(
      buildGradebook(assignment, items, sources),
      items.filter((i) => i.kind === 'quiz'),
    );
    expect(csv).toBe(
      'Student,Start here,The Defense Production Act,Total,Passed,Late,Missing,Submitted\r\n' +
        `"'=cmd|""/c calc""!A1",100,not tried,50,no,no,The Defense Production Act,2026-11-30T00:00:00.000Z\r\n` +
        '"Lopez, Ana",80,67,74,yes,yes,nothing,2026-12-02T00:00:00.000Z\r\n',
    );
  });
});
