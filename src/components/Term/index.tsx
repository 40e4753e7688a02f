import { useId, type ReactNode } from 'react';
import { Link } from '../docusaurusClient';
import { GLOSSARY_PATH, glossaryById, type GlossaryEntry } from '@site/src/data/glossary';
import { useTooltip } from './useTooltip';
import styles from './styles.module.css';

export interface TermProps {
  /** A glossary id from src/data/glossary.json, e.g. "defense-production-act". */
  id: string;
  /** The words in the lesson; defaults to the glossary term. */
  children?: ReactNode;
}

/**
 * A key term in a lesson: a link to its glossary entry that shows the definition on hover and
 * focus. An unknown id never breaks the page; it shows a visible marker the author will notice
 * (the content tests report it too).
 */
export default function Term({ id, children }: TermProps) {
  const entry = glossaryById.get(id);
  if (!entry) {
    return (
      <span>
        {children} <span className={styles.unknownMarker}>[unknown glossary term: {id}]</span>
      </span>
    );
  }
  return <KnownTerm entry={entry}>{children ?? entry.term}</KnownTerm>;
}

function KnownTerm({ entry, children }: { entry: GlossaryEntry; children: ReactNode }) {
  const { open, tooltipRef, wrapperProps, triggerProps } = useTooltip();
  // useId is stable between the server render and hydration, so the markup matches.
  const tooltipId = `term-${useId()}`;
  return (
    <span className={styles.term} {...wrapperProps}>
      {/* The definition is the link's description, so screen readers hear it whether or not it is shown. */}
      <Link to={`${GLOSSARY_PATH}#${entry.id}`} aria-describedby={tooltipId} {...triggerProps}>
        {children}
      </Link>
      {/* In the server HTML this is hidden text; it appears only on hover or focus. */}
      <span role="tooltip" id={tooltipId} ref={tooltipRef} className={styles.tooltip} hidden={!open}>
        {entry.definition}
      </span>
    </span>
  );
}
