import { useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { glossary, glossaryById, sortByTerm, type GlossaryEntry } from '@site/src/data/glossary';
import { useBrokenLinks } from '../docusaurusClient';
import { groupByLetter, letterAnchor, matchesQuery, shownMessage } from './groups';
import styles from './styles.module.css';

const sorted = sortByTerm(glossary);
const anchors = [
  ...sorted.map((entry) => entry.id),
  ...groupByLetter(sorted).map(({ letter }) => letterAnchor(letter)),
];

/**
 * The whole glossary under letter headings, with a filter box. Every term is a heading of its own
 * carrying the term id, the anchor that <Term> links and lessons point at: screen-reader users can
 * move from term to term, and site search lists each term as a hit of its own, linked to it.
 */
export default function Glossary() {
  const [query, setQuery] = useState('');
  const inputId = useId();
  // Docusaurus checks links to /docs/reference/glossary#id against the anchors a page registers
  // while it renders on the server. Register them all, whatever the filter shows.
  const brokenLinks = useBrokenLinks();
  for (const anchor of anchors) brokenLinks.collectAnchor(anchor);

  const shown = useMemo(() => sorted.filter((entry) => matchesQuery(entry, query)), [query]);
  const groups = groupByLetter(shown);
  const shownIds = new Set(shown.map((entry) => entry.id));

  // A See also target hidden by the filter: clear the filter synchronously, so the browser's own
  // jump to #id (which runs after this handler) finds the term on the page.
  const revealTerm = (id: string) => {
    if (!shownIds.has(id)) flushSync(() => setQuery(''));
  };

  return (
    <div>
      <div className={styles.filter}>
        <label htmlFor={inputId}>Find a term</label>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {/* A polite status that exists from the start, so screen readers announce each new count. */}
        <p role="status" className={styles.status}>
          {shown.length === 0 ? `No terms match “${query.trim()}”.` : shownMessage(shown.length)}
        </p>
      </div>

      {groups.length > 0 && (
        <nav aria-label="Glossary letters">
          <ul className={styles.letters}>
            {groups.map(({ letter }) => (
              <li key={letter}>
                <a href={`#${letterAnchor(letter)}`}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {groups.map(({ letter, entries }) => (
        <div key={letter}>
          <h2 id={letterAnchor(letter)} className={styles.letter}>
            {letter}
          </h2>
          <div className={styles.list}>
            {entries.map((entry) => (
              <GlossaryItem key={entry.id} entry={entry} onSeeAlso={revealTerm} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function GlossaryItem({ entry, onSeeAlso }: { entry: GlossaryEntry; onSeeAlso: (id: string) => void }) {
  const related = (entry.seeAlso ?? []).flatMap((id) => glossaryById.get(id) ?? []);
  return (
    <div className={styles.entry}>
      <h3 id={entry.id} className={styles.term}>
        {entry.term}
        {/* The address the site search links the term with; the heading itself is the target, so the
            link is left out of the Tab order and of what a screen reader reads. */}
        <a className="hash-link" href={`#${entry.id}`} aria-hidden="true" tabIndex={-1}>
          &#8203;
        </a>
      </h3>
      <div className={styles.details}>
        <p>{entry.definition}</p>
        <p className={styles.meta}>
          Source: <a href={entry.source.url}>{entry.source.title}</a>
        </p>
        {related.length > 0 && (
          <p className={styles.meta}>
            See also:{' '}
            {related.map((other, index) => (
              <span key={other.id}>
                {index > 0 && ', '}
                <a href={`#${other.id}`} onClick={() => onSeeAlso(other.id)}>
                  {other.term}
                </a>
              </span>
            ))}
          </p>
        )}
      </div>
    </div>
  );
}
