import { useId, useState } from 'react';
import { timeline } from '@site/src/data/timeline';
import { UNITS } from '@site/src/data/units';
import { TimelineItem } from './TimelineItem';
import styles from './styles.module.css';

/** What the live region says, e.g. "12 events shown". */
export const eventsShownMessage = (count: number): string =>
  `${count} ${count === 1 ? 'event' : 'events'} shown`;

/**
 * The course timeline, earliest first, with toggle buttons to show one unit's events. Renders
 * every event on the server; the filter only narrows the list after hydration.
 */
export default function Timeline() {
  const [unit, setUnit] = useState<number | null>(null);
  const labelId = useId();
  const shown = unit === null ? timeline : timeline.filter((event) => event.unit === unit);
  const choices = [{ number: null, label: 'All units' }, ...UNITS];

  return (
    <div>
      {/* Toggle buttons with aria-pressed (WAI-ARIA APG, Button pattern), grouped under one visible label. */}
      <div role="group" aria-labelledby={labelId} className={styles.filter}>
        <span id={labelId} className={styles.filterLabel}>
          Show events from
        </span>
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            className={styles.filterButton}
            aria-pressed={unit === choice.number}
            onClick={() => setUnit(choice.number)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <p role="status" className={styles.status}>
        {eventsShownMessage(shown.length)}
      </p>
      <ol className={styles.timeline}>
        {shown.map((event) => (
          <TimelineItem key={`${event.date} ${event.title}`} event={event} />
        ))}
      </ol>
    </div>
  );
}
