import { describe, expect, it } from 'vitest';
import {
  assignedQuizItems,
  assignmentItems,
  assignmentStartPath,
  assignmentUrl,
  decodeAssignment,
  encodeAssignment,
  endOfDay,
  payloadFromHash,
} from './assignment';
import { crc32, toBase64Url } from './checksum';
import { draft, testOutline } from './testFixtures';

const payloadFor = (wire: unknown, version = 'a1') => {
  const json = typeof wire === 'string' ? wire : JSON.stringify(wire);
  return `${version}.${toBase64Url(json)}.${crc32(json)}`;
};
const decode = (payload: string) => decodeAssignment(payload, testOutline);
const reasonOf = (payload: string) => {
  const result = decode(payload);
  return result.ok ? 'decoded' : result.reason;
};

describe('assignment links', () => {
  it('round-trips every field, with the checksum as a stable id', () => {
    const { payload, id } = encodeAssignment(draft);
    expect(payload).toMatch(/^a1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(encodeAssignment(draft).id).toBe(id);
    expect(decode(payload)).toEqual({ ok: true, payload, leftOut: 0, assignment: { ...draft, id } });
  });

  it('pins the compact wire shape', () => {
    const { payload } = encodeAssignment(draft);
    const json = atob(payload.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['t', 'c', 'd', 'e', 'p', 'l', 'q']);
  });

  it('builds the link on the start page with the payload in the fragment', () => {
    expect(assignmentUrl('https://example.org/course', 'a1.x.y')).toBe(
      'https://example.org/course/docs/start-here#assignment=a1.x.y',
    );
    expect(payloadFromHash('#assignment=a1.x.y')).toBe('a1.x.y');
    expect(payloadFromHash('#units')).toBeNull();
  });

  it('refuses a draft without a title or with a pass mark outside 0 to 100', () => {
    expect(() => encodeAssignment({ ...draft, title: '  ' })).toThrow(/^\[classroom\] /);
    expect(() => encodeAssignment({ ...draft, passMark: 101 })).toThrow(/^\[classroom\] /);
  });

  it('says a link is damaged when one character was edited', () => {
    const { payload } = encodeAssignment(draft);
    const [, body = ''] = payload.split('.');
    for (const index of [0, 5, Math.floor(body.length / 2), body.length - 2]) {
      const char = body[index] === 'A' ? 'B' : 'A';
      const edited = payload.replace(body, `${body.slice(0, index)}${char}${body.slice(index + 1)}`);
      expect(reasonOf(edited)).toMatch(/damaged/);
    }
    expect(reasonOf(payload.slice(0, -1) + (payload.endsWith('0') ? '1' : '0'))).toMatch(/damaged/);
  });

  it('says a cut-off, empty or garbage link is damaged', () => {
    const { payload } = encodeAssignment(draft);
    for (const bad of [payload.slice(0, 30), '', 'hello', 'a1..', 'a1.!!!.00000000', `${payload}.extra`]) {
      expect(reasonOf(bad)).toMatch(/damaged/);
    }
  });

  it('calls every one-character change of a real link damaged, the version included', () => {
    const { payload } = encodeAssignment(draft);
    const verdicts = new Set<string>();
    for (let index = 0; index < payload.length; index++) {
      for (const char of [...'Aa2z-_.f!']) {
        if (char === payload[index]) continue;
        const result = decode(`${payload.slice(0, index)}${char}${payload.slice(index + 1)}`);
        verdicts.add(result.ok ? 'decoded' : result.problem);
      }
    }
    expect([...verdicts]).toEqual(['damaged']);
  });

  it('tells a link from a newer version apart from a damaged one', () => {
    const json = '{"v":2,"items":[]}';
    expect(reasonOf(payloadFor(json, 'a2'))).toMatch(/different version/);
    expect(reasonOf(`a2.${toBase64Url(json)}.${crc32(json)}.more`)).toMatch(/different version/);
  });

  it('says a link from another course is for a different course', () => {
    const foreign = { ...draft, lessons: ['other/lesson'], quizzes: ['other-quiz'] };
    expect(reasonOf(encodeAssignment(foreign).payload)).toMatch(/different course/);
  });

  it('keeps the items this course has and counts the ones it left out', () => {
    const result = decode(encodeAssignment({ ...draft, quizzes: ['start-here', 'gone-quiz'] }).payload);
    expect(result.ok && result.assignment.quizzes).toEqual(['start-here']);
    expect(result.ok && result.leftOut).toBe(1);
  });

  it('refuses hostile payloads with a valid checksum without crashing or polluting', () => {
    const hostile = [
      { __proto__: { polluted: 1 }, t: 'x', c: '', p: 50, l: [], q: ['start-here'] },
      JSON.parse('{"__proto__":{"polluted":1},"t":"x","c":"","p":50,"l":[],"q":["__proto__","toString"]}'),
      { t: 'x', c: '', p: 50, l: [], q: ['start-here'], extra: '<script>' },
      { t: 'x', c: '', p: '50', l: [], q: ['start-here'] },
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    ];
    for (const wire of hostile) expect(() => decode(payloadFor(wire))).not.toThrow();
    expect(reasonOf(payloadFor(hostile[1]))).toMatch(/damaged/);
    expect(reasonOf(payloadFor(hostile[4]))).toMatch(/damaged/);
    expect(reasonOf(payloadFor(hostile[2]))).toMatch(/damaged/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(reasonOf('a1.' + 'A'.repeat(20_000) + '.00000000')).toMatch(/damaged/);
  });

  it('keeps an XSS title as plain text', () => {
    const title = '<img src=x onerror=alert(1)>';
    const result = decode(encodeAssignment({ ...draft, title }).payload);
    expect(result.ok && result.assignment.title).toBe(title);
  });

  it('lists the items in course order, each lesson followed by its quiz', () => {
    const paired = {
      ...draft,
      lessons: ['unit-1-two-levers/01-defense-production-act', 'unit-1-two-levers/overview'],
      quizzes: ['start-here', 'dpa-basics'],
    };
    // "Start here" leads the course.
    expect(assignmentItems(paired, testOutline).map((item) => `${item.kind}:${item.id}`)).toEqual([
      'quiz:start-here',
      'lesson:unit-1-two-levers/overview',
      'lesson:unit-1-two-levers/01-defense-production-act',
      'quiz:dpa-basics',
    ]);
    expect(assignmentItems(draft, testOutline)[0]).toEqual({
      kind: 'quiz',
      id: 'start-here',
      title: 'Start here',
      permalink: '/docs/start-here',
      lessonDocId: 'start-here',
    });
    // The gradebook's columns keep the assignment's own order.
    expect(assignedQuizItems(paired, testOutline).map((item) => item.id)).toEqual([
      'start-here',
      'dpa-basics',
    ]);
  });

  it('opens the link on the first assigned lesson, not on "Start here"', () => {
    expect(assignmentStartPath(draft, testOutline, '/')).toBe('docs/unit-1-two-levers/overview');
    const quizOnly = { ...draft, lessons: [], quizzes: ['dpa-basics'] };
    expect(assignmentStartPath(quizOnly, testOutline, '/')).toBe(
      'docs/unit-1-two-levers/01-defense-production-act',
    );
    const outlineUnderBase = {
      ...testOutline,
      units: testOutline.units.map((unit) => ({
        ...unit,
        lessons: unit.lessons.map((lesson) => ({ ...lesson, permalink: `/course${lesson.permalink}` })),
      })),
    };
    expect(assignmentStartPath(draft, outlineUnderBase, '/course/')).toBe('docs/unit-1-two-levers/overview');
  });

  it('turns a due date into the end of that day, and refuses anything else', () => {
    const end = endOfDay('2026-12-01')!;
    expect(new Date(end).getDate()).toBe(1);
    expect(new Date(end + 1).getDate()).toBe(2);
    expect(endOfDay('1 December')).toBeUndefined();
  });
});
