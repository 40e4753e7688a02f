// cspell:words hrefs imsmanifest
/**
 * The exports of the real lessons in docs/: every file parses, and every format holds exactly
 * the questions the course manifest counts.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseManifest } from '../manifest-schema';
import type { QuestionBank } from './bank';
import { lmsFiles, writeLmsExports } from './exports';
import { readGift } from './giftCheck';
import { loadRealCourse } from './testCourse';
import { byTag, parseXml } from './testFixtures';

let manifest: CourseManifest;
let bank: QuestionBank;
let files: Map<string, string | Uint8Array>;
let quizzes: Awaited<ReturnType<typeof loadRealCourse>>['quizzes'];

beforeAll(async () => {
  ({ manifest, bank, quizzes } = await loadRealCourse());
  files = lmsFiles(bank, { siteUrl: 'https://example.org/course/' });
}, 180_000); // parsing every lesson can take minutes on a busy machine

const text = (name: string) => {
  const content = files.get(name);
  if (typeof content !== 'string') throw new Error(`${name} is missing or binary`);
  return content;
};
const countOf = (quizId: string) => manifest.quizzes[quizId]?.questions.length ?? -1;
const total = () => Object.values(manifest.quizzes).reduce((sum, quiz) => sum + quiz.questions.length, 0);

describe('the LMS exports of the real lessons', () => {
  it('export every quiz of the manifest', () => {
    expect(bank.quizzes.map((quiz) => quiz.id).sort()).toEqual(Object.keys(manifest.quizzes).sort());
    expect(total()).toBeGreaterThan(50);
  });

  it('write a course GIFT file that reads cleanly and holds every question', () => {
    const reading = readGift(text('course.gift'));
    expect(reading.errors).toEqual([]);
    expect(reading.questions).toHaveLength(total());
    expect(reading.categories).toHaveLength(bank.quizzes.length);
  });

  it('write one GIFT file per quiz with the manifest’s question count', () => {
    for (const quiz of bank.quizzes) {
      const reading = readGift(text(`${quiz.id}.gift`));
      expect(reading.errors, quiz.id).toEqual([]);
      expect(
        reading.questions.map((question) => question.name),
        quiz.id,
      ).toEqual(manifest.quizzes[quiz.id]?.questions.map((question) => question.id));
    }
  });

  it('write Moodle XML that is well formed and holds every question', () => {
    const doc = parseXml(text('course-moodle.xml'));
    const questions = byTag(doc, 'question').filter(
      (question) => question.getAttribute('type') !== 'category',
    );
    expect(questions).toHaveLength(total());
  });

  it('write a QTI zip whose manifest lists one assessment per quiz, each with the manifest’s count', () => {
    const zip = files.get('course-qti.zip');
    expect(zip).toBeInstanceOf(Uint8Array);
    const unzipped = unzipSync(zip as Uint8Array);
    const imsManifest = parseXml(new TextDecoder().decode(unzipped['imsmanifest.xml']));
    const hrefs = byTag(imsManifest, 'resource')
      .filter((resource) => resource.getAttribute('type') === 'imsqti_xmlv1p2')
      .map((resource) => resource.getAttribute('href') ?? '');
    expect(hrefs).toHaveLength(bank.quizzes.length);
    for (const href of hrefs) {
      const doc = parseXml(new TextDecoder().decode(unzipped[href]));
      const ident = byTag(doc, 'assessment')[0]?.getAttribute('ident') ?? '';
      expect(byTag(doc, 'item')).toHaveLength(countOf(ident.replace(/^quiz-/, '')));
    }
  });

  it('link sources as absolute http(s) links only', () => {
    const hrefs = [...text('course-moodle.xml').matchAll(/<a href="(.*?)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !/^https?:\/\//.test(href ?? ''))).toEqual([]);
  });
});

describe('writeLmsExports', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'lms-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes every export into <outDir>/lms', { timeout: 120_000 }, async () => {
    await writeLmsExports(outDir, {
      manifest,
      quizzes,
      siteConfig: { title: 'Course', url: 'https://example.org', baseUrl: '/course/' },
    });
    const written = (await readdir(path.join(outDir, 'lms'))).sort();
    expect(written).toEqual([...files.keys()].sort());
    expect(await readFile(path.join(outDir, 'lms', 'course.gift'), 'utf8')).toContain('$CATEGORY: Course/');
  });
});
