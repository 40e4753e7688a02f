/**
 * The teacher's data kept in this browser: the assignments made on /teach (each as its link's
 * payload, which holds everything about it) and, per assignment, the submission files and codes
 * loaded into the gradebook, as they came in (they are parsed again on every load, like any file).
 * Pure functions; teacherStore.ts keeps it in storage.
 */
import * as z from 'zod/mini';
import { parseJsonSafely } from '@site/src/progress/safeJson';
import { timeSchema } from '@site/src/progress/schema';
import { isoMoment } from './dates';
import type { GradebookSource } from './gradebook';
import { SUBMISSION_MAX_BYTES } from './submissionSchema';

export const TEACHER_DATA_VERSION = 1;
const MAX_ASSIGNMENTS = 200;
const MAX_SOURCES = 1000;

const savedSourceSchema = z.object({
  label: z.string().check(z.maxLength(300)),
  text: z.string().check(z.maxLength(SUBMISSION_MAX_BYTES)),
  byteLength: z.int().check(z.gte(0)),
  addedAt: timeSchema,
});

const teacherDataSchema = z.object({
  version: z.literal(TEACHER_DATA_VERSION),
  assignments: z
    .array(z.object({ payload: z.string().check(z.maxLength(16_000)), savedAt: timeSchema }))
    .check(z.maxLength(MAX_ASSIGNMENTS)),
  // A Map would not survive JSON; ids are 8 hex digits, checked by the key schema.
  submissions: z.record(z.string().check(z.regex(/^[0-9a-f]{8}$/)), z.array(savedSourceSchema)),
});

export type TeacherData = z.infer<typeof teacherDataSchema>;
export type SavedSource = z.infer<typeof savedSourceSchema>;

export const emptyTeacherData = (): TeacherData => ({
  version: TEACHER_DATA_VERSION,
  assignments: [],
  submissions: {},
});

/** An assignment's id is its payload's checksum, the last part of the payload. */
export const payloadId = (payload: string) => payload.split('.').pop() ?? '';

/** Stored text as teacher data; null when it cannot be read (the caller sets it aside). */
export function parseTeacherData(text: string | null): TeacherData | null {
  if (text === null) return emptyTeacherData();
  const json = parseJsonSafely(text);
  const parsed = json.ok ? teacherDataSchema.safeParse(json.value) : null;
  return parsed?.success ? parsed.data : null;
}

/** Remembers an assignment, newest first; one already there keeps its place and date. */
export function withAssignment(data: TeacherData, payload: string, now: number): TeacherData {
  if (data.assignments.some((entry) => payloadId(entry.payload) === payloadId(payload))) return data;
  return { ...data, assignments: [{ payload, savedAt: now }, ...data.assignments].slice(0, MAX_ASSIGNMENTS) };
}

/** Forgets an assignment and the submissions loaded for it. */
export function withoutAssignment(data: TeacherData, id: string): TeacherData {
  const submissions = Object.fromEntries(Object.entries(data.submissions).filter(([key]) => key !== id));
  return {
    ...data,
    assignments: data.assignments.filter((entry) => payloadId(entry.payload) !== id),
    submissions,
  };
}

/** The sources loaded for an assignment, oldest first. */
export function sourcesOf(data: TeacherData, id: string): SavedSource[] {
  return Object.prototype.hasOwnProperty.call(data.submissions, id) ? (data.submissions[id] ?? []) : [];
}

/** Adds submission sources to an assignment; the very same text under the same label is kept once. */
export function withSources(
  data: TeacherData,
  id: string,
  sources: readonly GradebookSource[],
  now: number,
): TeacherData {
  const current = sourcesOf(data, id);
  const seen = new Set(current.map((source) => `${source.label}\n${source.text}`));
  const added = sources
    .filter((source) => !seen.has(`${source.label}\n${source.text}`))
    .map((source) => ({
      label: source.label.slice(0, 300),
      text: source.text,
      byteLength: source.byteLength,
      addedAt: now,
    }));
  const submissions = { ...data.submissions, [id]: [...current, ...added].slice(-MAX_SOURCES) };
  return { ...data, submissions };
}

/** Removes every source loaded for an assignment. */
export function withoutSources(data: TeacherData, id: string): TeacherData {
  return { ...data, submissions: { ...data.submissions, [id]: [] } };
}

/** A copy to keep, as JSON with ISO 8601 times (the stored form uses epoch milliseconds). */
export function teacherExport(data: TeacherData, now: number): { filename: string; text: string } {
  const file = {
    kind: 'wcmai-teacher-data',
    version: TEACHER_DATA_VERSION,
    exportedAt: isoMoment(now),
    assignments: data.assignments.map((entry) => ({
      payload: entry.payload,
      savedAt: isoMoment(entry.savedAt),
    })),
    submissions: Object.fromEntries(
      Object.entries(data.submissions).map(([id, list]) => [
        id,
        list.map((source) => ({ ...source, addedAt: isoMoment(source.addedAt) })),
      ]),
    ),
  };
  return {
    filename: `teacher-data-${isoMoment(now).slice(0, 10)}.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}
