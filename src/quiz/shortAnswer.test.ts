// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { acceptedAnswerIndex, matchesShortAnswer, normalizeShortAnswer } from './shortAnswer';

describe('normalizeShortAnswer', () => {
  it('ignores letter case', () => {
    expect(normalizeShortAnswer('Defense PRODUCTION act')).toBe('defense production act');
  });

  it('trims and collapses inner whitespace, tabs and newlines included', () => {
    expect(normalizeShortAnswer('  Title \t  III \n ')).toBe('title iii');
  });

  it('ignores a final full stop and other trailing sentence punctuation', () => {
    expect(normalizeShortAnswer('Title III.')).toBe('title iii');
    expect(normalizeShortAnswer('Title III!?')).toBe('title iii');
    expect(normalizeShortAnswer('Title III…')).toBe('title iii');
  });

  it('ignores quotes and brackets around the answer', () => {
    expect(normalizeShortAnswer('"Title III"')).toBe('title iii');
    expect(normalizeShortAnswer('“Title III.”')).toBe('title iii');
    expect(normalizeShortAnswer("'Title III'")).toBe('title iii');
    expect(normalizeShortAnswer('«Title III»')).toBe('title iii');
    expect(normalizeShortAnswer('(Title III)')).toBe('title iii');
    expect(normalizeShortAnswer('¿Title III?')).toBe('title iii');
  });

  it('keeps punctuation inside the answer', () => {
    expect(normalizeShortAnswer('U.S. Code')).toBe('u.s. code');
    expect(normalizeShortAnswer('U.S.')).toBe('u.s');
    expect(normalizeShortAnswer('50 U.S.C. §4511')).toBe('50 u.s.c. §4511');
  });

  it('keeps a leading minus sign, which changes a number', () => {
    expect(normalizeShortAnswer('-5')).toBe('-5');
    expect(normalizeShortAnswer('−5')).toBe('-5');
  });

  it('treats curly and straight apostrophes as the same', () => {
    expect(normalizeShortAnswer('O’Brien’s')).toBe("o'brien's");
    expect(normalizeShortAnswer('O‘Brien')).toBe("o'brien");
    expect(normalizeShortAnswer('Oʼbrien')).toBe("o'brien");
  });

  it('treats curly double quotes inside the answer as straight ones', () => {
    expect(normalizeShortAnswer('the “two levers” idea')).toBe('the "two levers" idea');
  });

  it('treats dashes and hyphen look-alikes as a hyphen', () => {
    expect(normalizeShortAnswer('supply–chain')).toBe('supply-chain');
    expect(normalizeShortAnswer('supply‑chain')).toBe('supply-chain');
  });

  it('applies Unicode NFKC, so full-width letters and ligatures match plain ones', () => {
    expect(normalizeShortAnswer('ＤＰＡ')).toBe('dpa');
    expect(normalizeShortAnswer('ﬁve')).toBe('five');
    expect(normalizeShortAnswer('Title\u00a0III')).toBe('title iii');
  });

  it('treats composed and decomposed accents as the same', () => {
    expect(normalizeShortAnswer('Cafe\u0301')).toBe(normalizeShortAnswer('Caf\u00e9'));
  });

  it('drops invisible characters that come along when text is pasted', () => {
    expect(normalizeShortAnswer('\ufeffDP\u200bA\u00ad')).toBe('dpa');
  });

  it('reduces text that is only spaces or punctuation to nothing', () => {
    expect(normalizeShortAnswer('   ')).toBe('');
    expect(normalizeShortAnswer(' ... ')).toBe('');
    expect(normalizeShortAnswer('“”')).toBe('');
  });
});

describe('matchesShortAnswer', () => {
  const accepted = ['Defense Production Act', 'DPA'];

  it('accepts any listed answer, written differently', () => {
    expect(matchesShortAnswer('  defense  PRODUCTION act. ', accepted)).toBe(true);
    expect(matchesShortAnswer('dpa', accepted)).toBe(true);
    expect(matchesShortAnswer('"DPA."', accepted)).toBe(true);
  });

  it('normalizes the accepted answers too, so authors may write them any way', () => {
    expect(matchesShortAnswer("O'Brien", ['O’Brien.'])).toBe(true);
  });

  it('rejects an answer that is not listed', () => {
    expect(matchesShortAnswer('Defense Act', accepted)).toBe(false);
  });

  it('does not accept part of an answer or an answer with extra words', () => {
    expect(matchesShortAnswer('Defense', accepted)).toBe(false);
    expect(matchesShortAnswer('the DPA of 1950', accepted)).toBe(false);
  });

  it('never accepts blank text, even when an accepted answer is blank after normalizing', () => {
    expect(matchesShortAnswer('', accepted)).toBe(false);
    expect(matchesShortAnswer(' . ', ['.'])).toBe(false);
  });

  it('accepts nothing when the list is empty', () => {
    expect(matchesShortAnswer('DPA', [])).toBe(false);
  });
});

describe('acceptedAnswerIndex', () => {
  it('tells which accepted answer matched, so the UI can show it', () => {
    expect(acceptedAnswerIndex('dpa', ['Defense Production Act', 'DPA'])).toBe(1);
  });

  it('returns the first match when two accepted answers normalize alike', () => {
    expect(acceptedAnswerIndex('dpa', ['DPA', 'dpa.'])).toBe(0);
  });

  it('returns -1 when nothing matches', () => {
    expect(acceptedAnswerIndex('nope', ['DPA'])).toBe(-1);
  });
});
