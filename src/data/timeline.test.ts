import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rawTimeline from './timeline.json';
import { chronologicalKey, formatEventDate, isEventDate, parseTimeline, timeline } from './timeline';
import { UNITS, unitByNumber } from './units';

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');

const event = (extra: Record<string, unknown> = {}) => ({
  date: '2026-02-27',
  title: 'Something happened',
  description: 'What happened.',
  label: 'fact',
  sources: [{ title: 'A report', url: 'https://example.org/', publisher: 'Example' }],
  unit: 1,
  ...extra,
});

describe('the real timeline.json', () => {
  it('passes the schema, keeping every event', () => {
    expect(timeline).toHaveLength(rawTimeline.length);
  });

  it('is written in date order, month-only events after the dated ones of their month', () => {
    const misplaced = rawTimeline.flatMap((item, index) => {
      const previous = rawTimeline[index - 1];
      return previous && chronologicalKey(previous.date) > chronologicalKey(item.date)
        ? [`"${item.title}" (${item.date}) should come before "${previous.title}" (${previous.date})`]
        : [];
    });
    expect(misplaced).toEqual([]);
  });

  it('names who reported every reported claim', () => {
    const unnamed = timeline.filter((item) => item.label === 'reported' && !item.reportedBy?.trim());
    expect(unnamed).toEqual([]);
  });
});

describe('parseTimeline', () => {
  it('names the event and the field of a bad event', () => {
    const bad = [event(), event({ title: 'Report: a claim', label: 'reported' })];
    expect(() => parseTimeline(bad)).toThrow(/^\[timeline\] src\/data\/timeline\.json has 1 problem:/);
    expect(() => parseTimeline(bad)).toThrow(
      'event 2 ("Report: a claim"): reportedBy: give reportedBy exactly when',
    );
  });

  it('takes the "read in summaries" marker only as true, and a note only as text', () => {
    expect(() => parseTimeline([event({ readInSummaries: true })])).not.toThrow();
    const bad = [
      event({ readInSummaries: false }),
      event({ sources: [{ title: 'A', url: 'https://example.org/', publisher: 'P', note: '' }] }),
    ];
    expect(() => parseTimeline(bad)).toThrow('has 2 problems');
  });

  it('rejects impossible dates, unknown units and events without sources', () => {
    const bad = [event({ date: '2026-02-30' }), event({ unit: 9 }), event({ sources: [] })];
    expect(() => parseTimeline(bad)).toThrow('has 3 problems');
    expect(() => parseTimeline(bad)).toThrow('event 1 ("Something happened"): date: must be a real date');
  });
});

describe('dates', () => {
  it('accepts full dates and months, and nothing else', () => {
    expect(['2026-02-27', '2026-03', '2024-02-29'].every(isEventDate)).toBe(true);
    expect(['2026-2-27', '2026-13', '2025-02-29', '27 February 2026', ''].some(isEventDate)).toBe(false);
  });

  it('writes dates out in full, without a leading zero', () => {
    expect(formatEventDate('2026-02-27')).toBe('27 February 2026');
    expect(formatEventDate('2026-03-04')).toBe('4 March 2026');
    expect(formatEventDate('2026-03')).toBe('March 2026');
  });

  it('sorts a month-only event after the last day of its month and before the next month', () => {
    const keys = ['2026-04-01', '2026-03', '2026-03-31'].map(chronologicalKey).sort();
    expect(keys).toEqual(['2026-03-31', '2026-03-32', '2026-04-01']);
  });
});

describe('units', () => {
  it('match the folders and labels in docs/unit-*/_category_.json', () => {
    for (const unit of UNITS) {
      const folder = path.join(DOCS, unit.folder);
      const category = JSON.parse(readFileSync(path.join(folder, '_category_.json'), 'utf8')) as {
        label: string;
      };
      expect(category.label, unit.folder).toBe(unit.label);
      expect(existsSync(path.join(folder, 'overview.mdx')), unit.folder).toBe(true);
    }
    expect(unitByNumber(5)).toBeUndefined();
  });
});
