import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, isoMoment } from './dates';

describe('dates in the reader’s locale', () => {
  it('writes a due day the way each locale does, never as ISO', () => {
    expect(formatDay('2026-12-10', 'en-GB')).toBe('10 December 2026');
    expect(formatDay('2026-12-10', 'en-US')).toBe('December 10, 2026');
    expect(formatDay('2026-12-10', 'de-DE')).toBe('10. Dezember 2026');
  });

  it('keeps the calendar day in every time zone (no UTC shift to the day before)', () => {
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 January 2026');
  });

  it('leaves text that is not a day as it is', () => {
    expect(formatDay('next Friday', 'en-GB')).toBe('next Friday');
  });

  it('writes moments in the locale, and ISO 8601 for files', () => {
    const moment = Date.UTC(2026, 11, 10, 14, 3);
    expect(formatMoment(moment, 'en-GB')).toMatch(/^10 Dec 2026, \d{2}:\d{2}$/);
    expect(isoMoment(moment)).toBe('2026-12-10T14:03:00.000Z');
  });
});
