/**
 * One interaction per graded answer (a Check in practice, or each answer on Finish), so the LMS's
 * own reports show item analysis: the question's id, its SCORM type, the learner's response in the
 * version's format, the result (correct, wrong, or the fraction of credit), the latency and weight.
 * Interactions are journaled: each answer is a new entry, as SCORM 1.2 requires (its interactions
 * cannot be read back) and as SCORM 2004 allows, so a second try is a second record.
 */
import type { Response } from '@site/src/quiz';
import { type CmiValue, duration2004, timespan12 } from './cmiValues';
import type { ScormVersion } from './packageDescriptor';

export interface GradedAnswer {
  questionId: string;
  response: Response;
  fraction: number;
  /** The question's points: its weight among the package's questions. */
  points: number;
  /** When the answer was graded. */
  at: number;
  /** Time the learner took, from opening the lesson or their previous answer to this one. */
  latencyMs: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SOURCES = '0123456789abcdefghijklmnopqrstuvwxyz';

const TYPES: Record<Response['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
  classify: 'matching',
  short: 'fill-in',
};

const letter = (index: number) => LETTERS[index] ?? 'z';
const source = (index: number) => SOURCES[index] ?? 'z';

/** The learner's response in the format of the version's interaction type. */
export function learnerResponse(version: ScormVersion, response: Response): string {
  const list = version === '1.2' ? ',' : '[,]';
  const pair = version === '1.2' ? '.' : '[.]';
  const pairs = (targets: readonly (number | null)[]) =>
    targets
      .flatMap((target, i) => (target === null ? [] : [`${source(i)}${pair}${letter(target)}`]))
      .join(list);
  switch (response.type) {
    case 'single':
      return letter(response.choice);
    case 'multiple':
      return response.choices.map(letter).join(list);
    case 'truefalse':
      return version === '1.2' ? (response.value ? 't' : 'f') : String(response.value);
    case 'ordering':
      return response.order.map(letter).join(list);
    case 'matching':
      return pairs(response.matches);
    case 'classify':
      return pairs(response.categories);
    case 'short':
      // 1.2 holds 255 characters; 2004's delimiters must not appear inside an answer.
      return version === '1.2'
        ? response.text.slice(0, 255)
        : response.text.replace(/\[[,.]\]/g, ' ').slice(0, 250);
  }
}

/** correct, wrong (incorrect in 2004), or the fraction of credit for a partly right answer. */
export function interactionResult(version: ScormVersion, fraction: number): string {
  if (fraction >= 1) return 'correct';
  if (fraction <= 0) return version === '1.2' ? 'wrong' : 'incorrect';
  return String(Math.round(fraction * 100) / 100);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Local time of day (1.2 CMITime) or local date and time (2004 time(second,10,0)), without a zone. */
function when(version: ScormVersion, at: number): string {
  const d = new Date(at);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return version === '1.2' ? time : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

/** The values of interaction `n`, the id first and the type before the response, as SCORM 2004 requires. */
export function interactionValues(version: ScormVersion, n: number, answer: GradedAnswer): CmiValue[] {
  const at = `cmi.interactions.${n}`;
  const type = TYPES[answer.response.type];
  const response = learnerResponse(version, answer.response);
  if (version === '1.2') {
    return [
      [`${at}.id`, answer.questionId],
      [`${at}.type`, type],
      [`${at}.time`, when(version, answer.at)],
      [`${at}.weighting`, String(answer.points)],
      ...(response === '' ? [] : ([[`${at}.student_response`, response]] as const)),
      [`${at}.result`, interactionResult(version, answer.fraction)],
      [`${at}.latency`, timespan12(answer.latencyMs)],
    ];
  }
  return [
    [`${at}.id`, answer.questionId],
    [`${at}.type`, type],
    [`${at}.timestamp`, when(version, answer.at)],
    [`${at}.weighting`, String(answer.points)],
    ...(response === '' ? [] : ([[`${at}.learner_response`, response]] as const)),
    [`${at}.result`, interactionResult(version, answer.fraction)],
    [`${at}.latency`, duration2004(answer.latencyMs)],
  ];
}
