/**
 * The data-model values for a report card, in each version's own element names and formats:
 * SCORM 1.2 has one lesson_status for completion and success and times as HHHH:MM:SS.SS; SCORM 2004
 * keeps completion and success apart, adds a scaled score and progress, and writes ISO 8601 durations.
 */
import type { ScormVersion } from './packageDescriptor';
import type { ReportCard } from './reportCard';

export type CmiValue = readonly [element: string, value: string];

/** The element names the adapter uses, per version. */
export const CMI = {
  '1.2': {
    learnerId: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    learnerId: 'cmi.learner_id',
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    interactionCount: 'cmi.interactions._count',
  },
} as const;

/** The longest bookmark each version stores (CMIString255; characterstring SPM 1000). */
export const LOCATION_LIMIT: Record<ScormVersion, number> = { '1.2': 255, '2004': 1000 };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function timespan12(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. PT1H5M3.25S; PT0S for nothing. */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${Number(seconds.toFixed(2))}S` : ''}`;
  return `PT${parts || '0S'}`;
}

/** SCORM 1.2 lesson_status from completion and success together. */
export function lessonStatus12(card: ReportCard): string {
  if (card.success === 'passed' || card.success === 'failed') return card.success;
  return card.completion;
}

/** Every value a commit sends: status, score, session time, and exit "suspend" so the LMS keeps the data. */
export function cmiValues(version: ScormVersion, card: ReportCard, sessionMs: number): CmiValue[] {
  const score = card.score === null ? null : String(card.score);
  if (version === '1.2') {
    return [
      ['cmi.core.lesson_status', lessonStatus12(card)],
      ...(score === null
        ? []
        : ([
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', score],
          ] as const)),
      ['cmi.core.session_time', timespan12(sessionMs)],
      ['cmi.core.exit', 'suspend'],
    ];
  }
  const progress = card.lessonsTotal === 0 ? 1 : card.lessonsDone / card.lessonsTotal;
  return [
    ['cmi.completion_status', card.completion],
    ['cmi.success_status', card.success],
    ['cmi.progress_measure', String(Math.round(progress * 1000) / 1000)],
    ...(score === null || card.score === null
      ? []
      : ([
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', score],
          ['cmi.score.scaled', String(Math.round(card.score * 100) / 10000)],
        ] as const)),
    ['cmi.session_time', duration2004(sessionMs)],
    ['cmi.exit', 'suspend'],
  ];
}
