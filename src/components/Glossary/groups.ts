/** Pure helpers for the glossary page: filtering, grouping by letter and the count message. */
import { indexLetter, type GlossaryEntry } from '@site/src/data/glossary';

export interface LetterGroup {
  letter: string;
  entries: GlossaryEntry[];
}

// Case and accents ignored, so "defense" finds "Defense" and "regime" finds "régime".
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when the entry's term contains the query (trimmed, case and accents ignored); an empty query matches all. */
export function matchesQuery(entry: GlossaryEntry, query: string): boolean {
  const needle = fold(query.trim());
  return needle === '' || fold(entry.term).includes(needle);
}

/** Consecutive runs of entries under the same letter; expects entries already sorted by term. */
export function groupByLetter(entries: readonly GlossaryEntry[]): LetterGroup[] {
  const groups: LetterGroup[] = [];
  for (const entry of entries) {
    const letter = indexLetter(entry.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** The heading id of a letter group; prefixed so it can never collide with a term id. */
export const letterAnchor = (letter: string): string =>
  `glossary-letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;

/** What the live region says, e.g. "12 terms shown". */
export const shownMessage = (count: number): string => `${count} ${count === 1 ? 'term' : 'terms'} shown`;
