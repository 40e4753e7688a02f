/**
 * Assignment links. Everything a student needs is in the link's fragment (`#assignment=…`), which
 * browsers never send to a server, so no server log ever sees it. Payload: `a1.<base64url JSON>.<crc>`:
 * the version comes first so a newer format is told apart from a damaged one, and the CRC of the
 * JSON doubles as the assignment's id, so an edited link is a different assignment.
 */
import * as z from 'zod/mini';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { parseJsonSafely } from '@site/src/progress/safeJson';
import { docIdSchema, progressIdSchema, timeSchema } from '@site/src/progress/schema';
import { crc32, fromBase64Url, toBase64Url } from './checksum';
import { FRAGMENT_KEY } from './fragment';

export const ASSIGNMENT_VERSION = 1;
export { FRAGMENT_KEY, payloadFromHash } from './fragment';
/** Longer payloads are refused unread: a whole course of ids is far shorter. */
export const MAX_PAYLOAD_CHARS = 16_000;

// Short keys keep the link (and its QR code) small; the wire shape is pinned by a test.
const wireSchema = z.strictObject({
  t: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  c: z.string().check(z.trim(), z.maxLength(80)),
  d: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  e: z.optional(timeSchema),
  p: z.int().check(z.gte(0), z.lte(100)),
  l: z.array(docIdSchema).check(z.maxLength(300)),
  q: z.array(progressIdSchema).check(z.maxLength(300)),
});

export interface AssignmentDraft {
  title: string;
  className: string;
  /** The due date as the teacher picked it (YYYY-MM-DD), shown as is. */
  dueDate?: string;
  /** The end of the due date in the teacher's time zone (epoch ms): later submissions are late. */
  dueAt?: number;
  passMark: number;
  lessons: readonly string[];
  quizzes: readonly string[];
}

export interface Assignment extends AssignmentDraft {
  id: string;
}

export type DecodeResult =
  { ok: true; assignment: Assignment; payload: string; leftOut: number } | { ok: false; reason: string };

/** The last millisecond of a YYYY-MM-DD date in this browser's time zone, or undefined. */
export function endOfDay(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = new Date(`${date}T23:59:59.999`).getTime();
  return Number.isFinite(time) ? time : undefined;
}

function wireOf(draft: AssignmentDraft): z.infer<typeof wireSchema> {
  const parsed = wireSchema.safeParse({
    t: draft.title.trim(),
    c: draft.className.trim(),
    d: draft.dueDate || undefined,
    e: draft.dueAt,
    p: draft.passMark,
    l: [...draft.lessons],
    q: [...draft.quizzes],
  });
  if (!parsed.success) {
    throw new Error(
      `[classroom] Cannot encode this assignment: ${z.prettifyError(parsed.error)}. Give it a title and a pass mark from 0 to 100.`,
    );
  }
  return parsed.data;
}

/** Encodes an assignment into its payload and id; throws a "[classroom]" error for an invalid draft. */
export function encodeAssignment(draft: AssignmentDraft): { payload: string; id: string } {
  const json = JSON.stringify(wireOf(draft));
  const id = crc32(json);
  return { payload: `a${ASSIGNMENT_VERSION}.${toBase64Url(json)}.${id}`, id };
}

/** The link a student opens: the start page with the payload in the fragment. */
export function assignmentUrl(siteRoot: string, payload: string, startPath = 'docs/start-here'): string {
  return `${siteRoot.replace(/\/?$/, '/')}${startPath}#${FRAGMENT_KEY}=${payload}`;
}

const DAMAGED =
  'This assignment link is damaged: part of it is missing or was changed. Ask your teacher to send the link again.';

/** Decodes and checks a payload against this course; never throws, and every reason is plain text. */
export function decodeAssignment(payload: string, outline: CourseOutline): DecodeResult {
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, reason: DAMAGED };
  const [version, body, checksum, ...rest] = payload.trim().split('.');
  if (!version || !/^a\d+$/.test(version)) return { ok: false, reason: DAMAGED };
  if (version !== `a${ASSIGNMENT_VERSION}`) {
    return {
      ok: false,
      reason:
        'This assignment link was made by a different version of this site. Reload the page; if this message stays, ask your teacher for a new link.',
    };
  }
  if (body === undefined || checksum === undefined || rest.length > 0) return { ok: false, reason: DAMAGED };
  const json = fromBase64Url(body);
  if (json === null || crc32(json) !== checksum) return { ok: false, reason: DAMAGED };
  const parsed = parseJsonSafely(json);
  const wire = parsed.ok ? wireSchema.safeParse(parsed.value) : undefined;
  if (!wire?.success) return { ok: false, reason: DAMAGED };
  const lessonIds = new Set(outline.units.flatMap((unit) => unit.lessons.map((lesson) => lesson.docId)));
  const known = <T extends string>(ids: readonly T[], has: (id: T) => boolean) => ids.filter(has);
  const lessons = known(wire.data.l, (id) => lessonIds.has(id));
  const quizzes = known(wire.data.q, (id) => Object.prototype.hasOwnProperty.call(outline.quizzes, id));
  const leftOut = wire.data.l.length + wire.data.q.length - lessons.length - quizzes.length;
  if (lessons.length + quizzes.length === 0) {
    return {
      ok: false,
      reason:
        'This assignment link is for a different course: none of its lessons or quizzes are in this one. Check that your teacher sent the link for this course.',
    };
  }
  const { t, c, d, e, p } = wire.data;
  const assignment = {
    id: checksum,
    title: t,
    className: c,
    dueDate: d,
    dueAt: e,
    passMark: p,
    lessons,
    quizzes,
  };
  return { ok: true, assignment, payload, leftOut };
}

export interface AssignmentItem {
  kind: 'lesson' | 'quiz';
  id: string;
  title: string;
  permalink: string;
}

/** The assignment's lessons then quizzes, with titles and links from the outline (unknown ids left out). */
export function assignmentItems(assignment: AssignmentDraft, outline: CourseOutline): AssignmentItem[] {
  const lessons = outline.units.flatMap((unit) => unit.lessons);
  const items: AssignmentItem[] = [];
  for (const id of assignment.lessons) {
    const lesson = lessons.find((entry) => entry.docId === id);
    if (lesson) items.push({ kind: 'lesson', id, title: lesson.title, permalink: lesson.permalink });
  }
  for (const id of assignment.quizzes) {
    const quiz = Object.prototype.hasOwnProperty.call(outline.quizzes, id) ? outline.quizzes[id] : undefined;
    if (quiz) items.push({ kind: 'quiz', id, title: quiz.title, permalink: quiz.permalink });
  }
  return items;
}
