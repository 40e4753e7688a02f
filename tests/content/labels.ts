/**
 * The labelling rule of Lesson 4.1 ("One rule for 'X said that …'") as checks over the lessons:
 * the course labels the claim inside a sentence, not the act of saying it, and states a fact
 * plainly. So a classify statement that opens with an attribution is never keyed Fact, and one
 * that opens "X reported …" is a reported claim. A statement, or a row of a lesson's labelled
 * table, about a timeline event must carry the timeline's label for it.
 */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TimelineEvent } from '../../src/data/timeline';
import { allNodes, questionsOf, type Lesson } from './lessonFiles';

export const LABELS = ['Fact', 'Reported claim', 'Opinion'] as const;

const VERBS =
  'said|says|reported|reports|told|tells|wrote|writes|argued|argues|claimed|claims|warned|warns|called|calls|described|describes|insisted|insists|posted';
// "<Someone> said …", optionally after "On 27 February 2026, " or similar; the speaker is a short
// phrase without a verb of its own. "According to X, …" is an attribution too.
const ATTRIBUTION = new RegExp(
  `^(?:(?:on|in|by|at) (?:\\d{1,2} \\w+ \\d{4}|[^,]{1,40},) )?(?<speaker>(?:[\\w'’.§-]+ ){0,7}?[\\w'’.§-]+)(?: ,[^,]+,)? (?<verb>${VERBS})\\b`,
  'i',
);
const ACCORDING = /^according to (?<speaker>[^,]+),/i;

export interface Attribution {
  speaker: string;
  verb: string;
}

/** The attribution a statement opens with ("Axios reported …", "According to X, …"), if any. */
export function attributionOf(statement: string): Attribution | undefined {
  const text = statement.trim();
  const according = ACCORDING.exec(text);
  if (according?.groups) return { speaker: according.groups.speaker!.trim(), verb: 'according to' };
  const match = ATTRIBUTION.exec(text);
  if (!match?.groups) return undefined;
  return { speaker: match.groups.speaker!.trim(), verb: match.groups.verb!.toLowerCase() };
}

export interface LabelledStatement {
  file: string;
  question: string;
  text: string;
  category: string;
}

/** Every statement of a classify question whose categories are Fact, Reported claim and Opinion. */
export function labelledStatements(lessons: Lesson[]): LabelledStatement[] {
  return lessons.flatMap((lesson) =>
    questionsOf(lesson).flatMap((question) => {
      const categories: unknown[] = Array.isArray(question.categories) ? question.categories : [];
      if (question.type !== 'classify' || !LABELS.every((label) => categories.includes(label))) return [];
      const statements: Record<string, unknown>[] = Array.isArray(question.statements)
        ? question.statements
        : [];
      return statements.map((statement) => ({
        file: lesson.file,
        question: String(question.id),
        text: String(statement.text ?? ''),
        category: String(statement.category ?? ''),
      }));
    }),
  );
}

/** Statements keyed in a way the rule forbids: an attributed statement keyed Fact, "X reported" not keyed Reported claim. */
export function attributionProblems(statements: LabelledStatement[]): string[] {
  return statements.flatMap(({ file, question, text, category }) => {
    const attribution = attributionOf(text);
    if (!attribution) return [];
    const where = `${file} question "${question}": "${text}"`;
    if (category === 'Fact')
      return [
        `${where} opens with an attribution ("${attribution.speaker} ${attribution.verb}") but is keyed Fact. Label the claim inside it; if that claim is a fact, state it plainly without "${attribution.verb}".`,
      ];
    if (/^report/.test(attribution.verb) && category !== 'Reported claim')
      return [
        `${where} says "${attribution.speaker} ${attribution.verb}" but is keyed ${category}. A claim that rests on a report is a reported claim; if it has been confirmed, state it plainly instead.`,
      ];
    return [];
  });
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const DATE = new RegExp(`\\b(\\d{1,2})(?: and \\d{1,2})? (${MONTHS.join('|')}) (\\d{4})\\b`, 'g');

/** Every full date written out in a text ("25 September 2026"; "2 and 6 April 2026" gives the first), as YYYY-MM-DD. */
export function datesIn(text: string): string[] {
  return [...text.matchAll(DATE)].map(([, day, month, year]) => {
    const monthNumber = MONTHS.indexOf(month!) + 1;
    return `${year}-${String(monthNumber).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  });
}

// Words too common in this course to tell one event of a day from another.
const STOPWORDS = new Set(
  [
    'the a an and or of to in on at by for with from its it is was were be as that this than into their his her not no',
    'anthropic anthropics department defense pentagon dod claude ai us company government said says reported',
  ]
    .join(' ')
    .split(' '),
);
const wordsOf = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[a-z§0-9]+/g) ?? []).filter(
      (word) => !STOPWORDS.has(word) && !/^\d+$/.test(word) && !MONTHS.some((m) => m.toLowerCase() === word),
    ),
  );

/** The timeline event on `date` that a text is about: the one sharing most words with it (at least two), if any. */
export function eventFor(
  text: string,
  date: string,
  timeline: readonly TimelineEvent[],
): TimelineEvent | undefined {
  const words = wordsOf(text);
  let best: TimelineEvent | undefined;
  let bestScore = 1;
  for (const event of timeline.filter((item) => item.date === date)) {
    const shared = [...wordsOf(`${event.title} ${event.description}`)].filter((word) =>
      words.has(word),
    ).length;
    if (shared > bestScore) [best, bestScore] = [event, shared];
  }
  return best;
}

const timelineLabel = (event: TimelineEvent) => (event.label === 'fact' ? 'Fact' : 'Reported claim');

/**
 * Statements keyed Fact or Reported claim that say when something happened ("on 25 September
 * 2026") and match a timeline event of that date: the key must be the timeline's label.
 */
export function statementTimelineProblems(
  statements: LabelledStatement[],
  timeline: readonly TimelineEvent[],
): string[] {
  return statements.flatMap(({ file, question, text, category }) => {
    if (category === 'Opinion') return [];
    const dated = [...text.matchAll(/\bon (\d{1,2} \w+ \d{4})/g)].flatMap((match) => datesIn(match[1]!));
    return dated.flatMap((date) => {
      const event = eventFor(text, date, timeline);
      if (!event || timelineLabel(event) === category) return [];
      return [
        `${file} question "${question}": "${text}" is keyed ${category}, but the timeline labels "${event.title}" (${date}) ${timelineLabel(event)}.`,
      ];
    });
  });
}

const LABEL_COLUMN = /^(label|status of the information)$/i;

/**
 * Rows of a lesson's labelled tables (a "Label" or "Status of the information" column) that name
 * a timeline event's date: the row's label must be the timeline's, and an event the course read
 * only in summaries must say so in the row.
 */
export function tableTimelineProblems(lessons: Lesson[], timeline: readonly TimelineEvent[]): string[] {
  return lessons.flatMap((lesson) => {
    if (!lesson.tree) return [];
    const tables = allNodes(lesson.tree).filter((node): node is Table => node.type === 'table');
    return tables.flatMap((table) => {
      const [header, ...rows] = table.children;
      const column = header?.children.findIndex((cell) => LABEL_COLUMN.test(toString(cell).trim())) ?? -1;
      if (column < 0) return [];
      return rows.flatMap((row) => {
        const cells = row.children.map((cell) => toString(cell).trim());
        const [date] = datesIn(cells[0] ?? '');
        const label = cells[column] ?? '';
        const event = date
          ? eventFor(cells.filter((_, i) => i !== column).join(' '), date, timeline)
          : undefined;
        if (!event) return [];
        const line = row.position?.start.line ?? '?';
        const where = `${lesson.file}:${line} (${cells[0]})`;
        const said = /^fact/i.test(label) ? 'Fact' : /^report/i.test(label) ? 'Reported claim' : undefined;
        const problems: string[] = [];
        if (said && said !== timelineLabel(event))
          problems.push(
            `${where} is labelled ${said}, but the timeline labels "${event.title}" ${timelineLabel(event)}.`,
          );
        if (event.readInSummaries && !/summar/i.test(label))
          problems.push(
            `${where} does not say that the course read "${event.title}" only in summaries, as the timeline does.`,
          );
        return problems;
      });
    });
  });
}
