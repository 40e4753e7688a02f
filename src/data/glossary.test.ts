import rawGlossary from './glossary.json';
import {
  glossary,
  glossaryById,
  indexLetter,
  parseGlossary,
  sortByTerm,
  type GlossaryEntry,
} from './glossary';
import { KEBAB_ID } from './validation';

const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term: id,
  definition: `What ${id} means.`,
  source: { title: 'A source', url: 'https://example.org/' },
  ...extra,
});

describe('the real glossary.json', () => {
  it('passes the schema, keeping every entry', () => {
    expect(glossary).toHaveLength(rawGlossary.length);
  });

  it('uses unique kebab-case ids', () => {
    const ids = glossary.map((item) => item.id);
    expect(ids.filter((id) => !KEBAB_ID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points every See also at an existing entry', () => {
    const missing = glossary.flatMap((item) =>
      (item.seeAlso ?? []).filter((id) => !glossaryById.has(id)).map((id) => `${item.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps definitions short enough for a tooltip (under 45 words)', () => {
    const long = glossary.filter((item) => item.definition.split(/\s+/).length >= 45).map((item) => item.id);
    expect(long).toEqual([]);
  });

  it('has the terms the lesson writers asked for', () => {
    for (const id of [
      'terms-of-service',
      'open-weights',
      'commercially-available-information',
      'us-person',
      'posse-comitatus-act',
      'national-defense-authorization-act',
    ]) {
      expect(glossaryById.get(id)?.source.url, id).toMatch(/^https:\/\//);
    }
  });
});

describe('parseGlossary', () => {
  it('names the entry and the field of a bad entry', () => {
    const bad = [entry('stay'), { ...entry('red-lines'), source: { title: 'x', url: 'not a url' } }];
    expect(() => parseGlossary(bad)).toThrow(/^\[glossary\] src\/data\/glossary\.json has 1 problem:/);
    expect(() => parseGlossary(bad)).toThrow(
      'entry 2 ("red-lines"): source.url: must be a full http(s) address',
    );
  });

  it('rejects ids that are not kebab-case and fields it does not know', () => {
    const message = () => parseGlossary([{ ...entry('Title_I'), seealso: [] }]);
    expect(message).toThrow('entry 1 ("Title_I"): id: must be a kebab-case id');
    expect(message).toThrow(/seealso/);
  });

  it('reports duplicate ids and See also ids that do not exist', () => {
    const bad = [entry('stay', { seeAlso: ['stay', 'nowhere'] }), entry('stay')];
    expect(() => parseGlossary(bad)).toThrow('id "stay" is used by more than one entry');
    expect(() => parseGlossary(bad)).toThrow('seeAlso "nowhere" is not an id in the glossary');
    expect(() => parseGlossary(bad)).toThrow('seeAlso lists the entry itself');
  });

  it('refuses a file that is not an array', () => {
    expect(() => parseGlossary({})).toThrow('[glossary] src/data/glossary.json has 1 problem');
  });
});

describe('sorting and letters', () => {
  it('sorts by term ignoring case', () => {
    const sorted = sortByTerm([
      entry('b', { term: 'stay' }),
      entry('a', { term: 'D.C. Circuit' }),
      entry('c', { term: 'arbitrary' }),
    ]);
    expect(sorted.map((item) => item.term)).toEqual(['arbitrary', 'D.C. Circuit', 'stay']);
  });

  it('files a term under its first letter, or # when it starts with a digit', () => {
    expect(indexLetter('“Department of War”')).toBe('D');
    expect(indexLetter('élan')).toBe('E');
    expect(indexLetter('3000.09 directive')).toBe('#');
  });
});
