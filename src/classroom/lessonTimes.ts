/**
 * Estimated times for the /teach page: the course plugin reads each lesson's "Estimated time" line
 * at build time and publishes them to that page only (its route module).
 */

/** The /teach page's route module. */
export interface TeachPageData {
  /** Minutes per lesson doc id, for lessons that state an estimated time. */
  minutes: Record<string, number>;
}

/** "1 h 35 min", "45 min": short enough for a running total on a phone. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** The estimated minutes of the given lessons (a lesson without an estimate adds nothing). */
export function totalMinutes(data: TeachPageData, docIds: Iterable<string>): number {
  let total = 0;
  for (const docId of docIds) {
    if (Object.prototype.hasOwnProperty.call(data.minutes, docId)) total += data.minutes[docId] ?? 0;
  }
  return total;
}
