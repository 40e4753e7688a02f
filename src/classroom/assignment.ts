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
  | { ok: true; assignment: Assignment; payload: string; leftOut: number }
  | { ok: false; problem: LinkProblem; reason: string };

export type LinkProblem = 'damaged' | 'other-version' | 'other-course';

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

const DAMAGED = {
  ok: false,
  problem: 'damaged',
  reason:
    'This assignment link is damaged: part of it is missing or was changed. Ask your teacher to send the link again.',
} as const;

const OTHER_VERSION = {
  ok: false,
  problem: 'other-version',
  reason:
    'This assignment link was made by a different version of this site. Reload the page; if this message stays, ask your teacher for a new link.',
} as const;

/** Decodes and checks a payload against this course; never throws, and every reason is plain text. */
export function decodeAssignment(payload: string, outline: CourseOutline): DecodeResult {
  if (payload.length > MAX_PAYLOAD_CHARS) return DAMAGED;
  const [version = '', body, checksum, ...rest] = payload.trim().split('.');
  if (body === undefined || checksum === undefined || rest.length > 0) {
    return /^a\d+$/.test(version) && version !== `a${ASSIGNMENT_VERSION}` ? OTHER_VERSION : DAMAGED;
  }
  // The checksum first: an edit anywhere, the version included, is damage, not "another version".
  const json = fromBase64Url(body, true);
  if (json === null || crc32(json) !== checksum || !/^a\d+$/.test(version)) {
    return DAMAGED;
  }
  const parsed = parseJsonSafely(json);
  const wire = parsed.ok ? wireSchema.safeParse(parsed.value) : undefined;
  if (version !== `a${ASSIGNMENT_VERSION}`) {
    // A sound body of this version under another version's prefix: the prefix was edited.
    return wire?.success ? DAMAGED : OTHER_VERSION;
  }
  if (!wire?.success) return DAMAGED;
  const lessonIds = new Set(outline.units.flatMap((unit) => unit.lessons.map((lesson) => lesson.docId)));
  const known = <T extends string>(ids: readonly T[], has: (id: T) => boolean) => ids.filter(has);
  const lessons = known(wire.data.l, (id) => lessonIds.has(id));
  const quizzes = known(wire.data.q, (id) => Object.prototype.hasOwnProperty.call(outline.quizzes, id));
  const leftOut = wire.data.l.length + wire.data.q.length - lessons.length - quizzes.length;
  if (lessons.length + quizzes.length === 0) {
    return {
      ok: false,
      problem: 'other-course',
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
  /** The lesson the item belongs to (a quiz's lesson), so a handout can pair them. */
  lessonDocId: string;
}

/**
 * The assignment's items in course order, each assigned lesson followed by its assigned quizzes,
 * with titles and links from the outline. Unknown ids are left out.
 */
export function assignmentItems(assignment: AssignmentDraft, outline: CourseOutline): AssignmentItem[] {
  const lessons = new Set(assignment.lessons);
  const quizzes = new Set(assignment.quizzes);
  return outline.units.flatMap((unit) =>
    unit.lessons.flatMap((lesson) => {
      const items: AssignmentItem[] = [];
      if (lessons.has(lesson.docId)) {
        const { docId, title, permalink } = lesson;
        items.push({ kind: 'lesson', id: docId, title, permalink, lessonDocId: docId });
      }
      for (const quizId of lesson.quizIds) {
        const quiz = Object.prototype.hasOwnProperty.call(outline.quizzes, quizId)
          ? outline.quizzes[quizId]
          : undefined;
        if (quiz && quizzes.has(quizId)) {
          items.push({
            kind: 'quiz',
            id: quizId,
            title: quiz.title,
            permalink: quiz.permalink,
            lessonDocId: lesson.docId,
          });
        }
      }
      return items;
    }),
  );
}

/** The assigned quizzes as items, in the assignment's own order (the gradebook's columns). */
export function assignedQuizItems(assignment: AssignmentDraft, outline: CourseOutline): AssignmentItem[] {
  const items = assignmentItems(assignment, outline).filter((item) => item.kind === 'quiz');
  return assignment.quizzes.flatMap((quizId) => items.filter((item) => item.id === quizId));
}

/**
 * Where the link opens, relative to the base URL: the first assigned lesson in course order (or,
 * with no lesson assigned, the first quiz's page), so students start on the work, not "Start here".
 */
export function assignmentStartPath(
  assignment: AssignmentDraft,
  outline: CourseOutline,
  baseUrl: string,
): string {
  const items = assignmentItems(assignment, outline);
  const first = items.find((item) => item.kind === 'lesson') ?? items[0];
  if (!first) return 'docs/start-here';
  return first.permalink.startsWith(baseUrl)
    ? first.permalink.slice(baseUrl.length)
    : first.permalink.replace(/^\//, '');
}
