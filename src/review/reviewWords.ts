/** When a question comes back, in words: "in 12 days (Monday 7 December 2026)". */
import { countOf } from '../text/plural';
import { DAY_MS } from './entry';

const HOUR_MS = 60 * 60 * 1000;
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "Monday 7 December 2026" in the learner's own time zone. */
export function reviewDate(time: number): string {
  return dateFormat.format(time).replace(',', '');
}

/** "now", "within the hour", "in 5 hours" or "in 12 days", counted from `now`. */
export function howSoon(due: number, now: number): string {
  const wait = due - now;
  if (wait <= 0) return 'now';
  if (wait <= HOUR_MS) return 'within the hour';
  if (wait < DAY_MS) return `in ${countOf(Math.round(wait / HOUR_MS), 'hour')}`;
  return `in ${countOf(Math.round(wait / DAY_MS), 'day')}`;
}

/** "in 12 days (Monday 7 December 2026)"; within a day, only the hours. */
export function whenDue(due: number, now: number): string {
  const soon = howSoon(due, now);
  return due - now < DAY_MS ? soon : `${soon} (${reviewDate(due)})`;
}
