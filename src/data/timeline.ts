/**
 * The timeline: schema, validation and typed access to src/data/timeline.json. Parsed when the
 * module loads, so a bad event fails the build (and every test) with the event named.
 */
import * as z from 'zod/mini';
import '../quiz/zodSetup'; // English messages for zod/mini
import rawTimeline from './timeline.json';
import { UNITS } from './units';
import { failOnProblems, parseEntries } from './validation';

const FILE = { area: 'timeline', file: 'src/data/timeline.json' };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** True for a real calendar date written YYYY-MM-DD, or a month written YYYY-MM. */
export function isEventDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  // Date.UTC rolls 31 February over into March, which is how an impossible day is caught.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

const text = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }));
const unitNumbers = UNITS.map((unit) => unit.number);

export const timelineEventSchema = z
  .strictObject({
    date: z
      .string()
      .check(z.refine(isEventDate, { message: 'must be a real date written YYYY-MM-DD, or YYYY-MM' })),
    title: text,
    description: text,
    label: z.enum(['fact', 'reported']),
    reportedBy: z.optional(text),
    /** The course saw the reports only through summaries that cite them (shown as "Read in summaries"). */
    readInSummaries: z.optional(z.literal(true)),
    sources: z
      .array(
        z.strictObject({
          title: text,
          url: z.url({ protocol: /^https?$/, message: 'must be a full http(s) address' }),
          publisher: text,
          /** How the text was checked when the original was not opened, e.g. "checked through a secondary copy". */
          note: z.optional(text),
        }),
      )
      .check(z.minLength(1, { message: 'needs at least one source' })),
    unit: z.number().check(
      z.refine((unit) => unitNumbers.includes(unit), {
        message: `must be one of the unit numbers ${unitNumbers.join(', ')}`,
      }),
    ),
  })
  // A reported claim must say who reported it (the page shows "Reported by …"), and a fact must not.
  .check(
    z.refine((event) => (event.label === 'reported') === (event.reportedBy !== undefined), {
      message: 'give reportedBy exactly when label is "reported"',
      path: ['reportedBy'],
    }),
  );

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** Sort key: a month-only date sorts after every dated event of its month, since its day is unknown. */
export const chronologicalKey = (date: string): string => (date.length === 7 ? `${date}-32` : date);

/** Orders events by date; equal dates keep their file order (Array.prototype.sort is stable). */
export const inChronologicalOrder = (events: readonly TimelineEvent[]): TimelineEvent[] =>
  [...events].sort((a, b) => chronologicalKey(a.date).localeCompare(chronologicalKey(b.date)));

const eventName = (raw: unknown, index: number) => {
  const title = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).title : undefined;
  return typeof title === 'string' ? `event ${index + 1} ("${title}")` : `event ${index + 1}`;
};

/** Validates every event of a timeline file. Throws `[timeline] …` naming each bad event. */
export function parseTimeline(data: unknown): TimelineEvent[] {
  const { entries, problems } = parseEntries(data, timelineEventSchema, eventName);
  failOnProblems(FILE, problems);
  return entries;
}

/** Every event, earliest first. */
export const timeline: readonly TimelineEvent[] = inChronologicalOrder(parseTimeline(rawTimeline));

/** "27 February 2026", or "March 2026" for a month-only date. Written out by hand so server and browser agree. */
export function formatEventDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
