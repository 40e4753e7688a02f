/**
 * The LMS files the build writes under `<outDir>/lms/`: the whole course and each quiz as GIFT,
 * the course as Moodle XML, and the course as a Canvas QTI package. `lmsFiles` is pure; only
 * `writeLmsExports` touches the disk.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CourseManifest } from '../manifest-schema';
import type { ValidatedQuiz } from '../validate';
import { buildQuestionBank, type QuestionBank } from './bank';
import { courseToGift, quizToGift } from './gift';
import type { MarkupOptions } from './markup';
import { courseToMoodleXml } from './moodleXml';
import { courseToQtiZip } from './qtiPackage';

export const LMS_DIR = 'lms';

/** File name (inside lms/) → content, for every export. */
export function lmsFiles(bank: QuestionBank, options: MarkupOptions = {}): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('course.gift', courseToGift(bank, options));
  for (const quiz of bank.quizzes) files.set(`${quiz.id}.gift`, quizToGift(bank.title, quiz, options));
  files.set('course-moodle.xml', courseToMoodleXml(bank, options));
  files.set('course-qti.zip', courseToQtiZip(bank, options));
  return files;
}

export interface LmsExportInput {
  manifest: CourseManifest;
  quizzes: readonly ValidatedQuiz[];
  siteConfig: { title: string; url: string; baseUrl: string };
}

/** Writes every export into `<outDir>/lms/`; site-relative links in the text point at the deployed site. */
export async function writeLmsExports(outDir: string, input: LmsExportInput): Promise<void> {
  const { title, url, baseUrl } = input.siteConfig;
  const bank = buildQuestionBank(title, input.manifest, input.quizzes);
  const dir = path.join(outDir, LMS_DIR);
  await mkdir(dir, { recursive: true });
  const siteUrl = new URL(baseUrl, url).href;
  await Promise.all(
    [...lmsFiles(bank, { siteUrl })].map(([name, content]) => writeFile(path.join(dir, name), content)),
  );
}
