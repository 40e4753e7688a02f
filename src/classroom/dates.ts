/**
 * Dates as the reader writes them: formatted with Intl.DateTimeFormat in the browser's locale (or
 * the one given), while files and links keep ISO 8601 (YYYY-MM-DD, or a full timestamp). Call these
 * only after hydration: the server does not know the reader's locale or time zone.
 */

/** "10 December 2026" (en-GB), "December 10, 2026" (en-US)… for a YYYY-MM-DD day; the text as is when it is not one. */
export function formatDay(isoDay: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  // Noon local time: the calendar day itself, whatever the time zone.
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return Number.isNaN(date.getTime())
    ? isoDay
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** A moment (epoch ms) as a date and time in the reader's locale and time zone. */
export function formatMoment(epochMs: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** A moment (epoch ms) in ISO 8601 UTC, for files ("2026-12-10T14:03:00.000Z"). */
export const isoMoment = (epochMs: number): string => new Date(epochMs).toISOString();
