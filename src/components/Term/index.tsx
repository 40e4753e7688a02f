import { useId, type ReactNode } from 'react';
import { Link } from '../docusaurusClient';
import { GLOSSARY_PATH } from '@site/src/data/glossaryPath';
import { useTooltip } from './useTooltip';
import styles from './styles.module.css';

export interface TermProps {
  /** A glossary id from src/data/glossary.json, e.g. "defense-production-act". */
  id: string;
  /** Filled in at build time from the glossary (plugins/glossary-terms.ts); authors write only the id. */
  term?: string;
  definition?: string;
  /** The words in the lesson; defaults to the glossary term. */
  children?: ReactNode;
}

/**
 * A key term in a lesson: a link to its glossary entry that shows the definition on hover and
 * focus. An unknown id never breaks the page; it shows a visible marker the author will notice
 * (the content tests report it too).
 */
export default function Term({ id, term, definition, children }: TermProps) {
  if (term === undefined || definition === undefined) {
    return (
      <span>
        {children} <span className={styles.unknownMarker}>[unknown glossary term: {id}]</span>
      </span>
    );
  }
  return (
    <KnownTerm id={id} definition={definition}>
      {children ?? term}
    </KnownTerm>
  );
}

function KnownTerm({ id, definition, children }: { id: string; definition: string; children: ReactNode }) {
  const { open, tooltipRef, wrapperProps, triggerProps } = useTooltip();
  // useId is stable between the server render and hydration, so the markup matches.
  const tooltipId = `term-${useId()}`;
  return (
    <span className={styles.term} {...wrapperProps}>
      {/* The definition is the link's description, so screen readers hear it whether or not it is shown. */}
      <Link to={`${GLOSSARY_PATH}#${id}`} aria-describedby={tooltipId} {...triggerProps}>
        {children}
      </Link>
      {/* In the server HTML this is hidden text; it appears only on hover or focus. */}
      <span role="tooltip" id={tooltipId} ref={tooltipRef} className={styles.tooltip} hidden={!open}>
        {definition}
      </span>
    </span>
  );
}
