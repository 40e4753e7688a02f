import { formatEventDate, type TimelineEvent } from '@site/src/data/timeline';
import { unitByNumber, unitPath } from '@site/src/data/units';
import { Link } from '../docusaurusClient';
import styles from './styles.module.css';

/** The visible label: a reported claim names who reported it (never shown by colour alone). */
export const eventLabel = (event: TimelineEvent): string =>
  event.label === 'fact' ? 'Fact' : `Reported by ${event.reportedBy ?? 'an unnamed source'}`;

/** The marker for events the course read only in summaries of the reports (timeline page, "Fact or reported?"). */
export const SUMMARIES_MARKER = 'Read in summaries';

/** One event: date, title, label, what happened, its sources and the unit that teaches it. */
export function TimelineItem({ event }: { event: TimelineEvent }) {
  const unit = unitByNumber(event.unit);
  return (
    <li className={styles.event}>
      <p className={styles.date}>
        <time dateTime={event.date}>{formatEventDate(event.date)}</time>
      </p>
      <h3 className={styles.title}>{event.title}</h3>
      <p className={styles.labels}>
        <span className={event.label === 'fact' ? styles.fact : styles.reported}>{eventLabel(event)}</span>
        {event.readInSummaries && <span className={styles.summaries}>{SUMMARIES_MARKER}</span>}
      </p>
      <p>{event.description}</p>
      <p className={styles.meta}>{event.sources.length === 1 ? 'Source:' : 'Sources:'}</p>
      <ul className={styles.sources}>
        {event.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.title}</a> ({source.publisher}
            {source.note ? `; ${source.note}` : ''})
          </li>
        ))}
      </ul>
      {unit && (
        <p className={styles.meta}>
          Studied in <Link to={unitPath(unit)}>{unit.label}</Link>
        </p>
      )}
    </li>
  );
}
