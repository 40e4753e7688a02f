/**
 * The glossary: schema, validation and typed access to src/data/glossary.json. Parsed when the
 * module loads, so a bad entry fails the build (and every test) with the entry named.
 */
import * as z from 'zod/mini';
import '../quiz/zodSetup'; // English messages for zod/mini
import rawGlossary from './glossary.json';
import { KEBAB_ID, failOnProblems, parseEntries } from './validation';

const FILE = { area: 'glossary', file: 'src/data/glossary.json' };

const termId = z
  .string()
  .check(z.regex(KEBAB_ID, { message: 'must be a kebab-case id such as "supply-chain-risk"' }));
const text = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }));

export const glossaryEntrySchema = z.strictObject({
  id: termId,
  term: text,
  definition: text,
  source: z.strictObject({
    title: text,
    url: z.url({ protocol: /^https?$/, message: 'must be a full http(s) address' }),
  }),
  seeAlso: z.optional(z.array(termId)),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Validates a whole glossary: every entry's shape, unique ids, and See also ids that exist. Throws `[glossary] …`. */
export function parseGlossary(data: unknown): GlossaryEntry[] {
  const { entries, problems } = parseEntries(data, glossaryEntrySchema);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id))
      problems.push(`id "${entry.id}" is used by more than one entry (ids are page anchors)`);
    seen.add(entry.id);
  }
  for (const entry of entries) {
    for (const other of entry.seeAlso ?? []) {
      if (other === entry.id) problems.push(`entry "${entry.id}": seeAlso lists the entry itself`);
      else if (!seen.has(other))
        problems.push(`entry "${entry.id}": seeAlso "${other}" is not an id in the glossary`);
    }
  }
  failOnProblems(FILE, problems);
  return entries;
}

/** Every glossary entry, in file order. */
export const glossary: readonly GlossaryEntry[] = parseGlossary(rawGlossary);

/** Entries by id, for `<Term id>` and See also links. */
export const glossaryById: ReadonlyMap<string, GlossaryEntry> = new Map(
  glossary.map((entry) => [entry.id, entry]),
);

export { GLOSSARY_PATH } from './glossaryPath';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Entries sorted by term as a reader expects (case and accents ignored). */
export function sortByTerm(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => collator.compare(a.term, b.term) || collator.compare(a.id, b.id));
}

/** The letter a term is filed under: its first letter, or "#" for a digit or symbol. */
export function indexLetter(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
