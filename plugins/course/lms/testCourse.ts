/**
 * Test helper: the real lessons of docs/, validated and put into a manifest the way the plugin
 * does, with the lesson list taken from the files (Docusaurus's own ids are tested elsewhere).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../index';
import { buildCourseManifest, type DocInfo } from '../manifest';
import { DEFAULT_UNIT_PATTERN } from '../units';
import { buildQuestionBank } from './bank';

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real course: validated quizzes, their manifest and the question bank built from both. */
export async function loadRealCourse() {
  const { quizzes, units } = await loadCourse(SITE_DIR, 'docs', 'mdx', DEFAULT_UNIT_PATTERN);
  const files = [...new Set(quizzes.map((entry) => entry.file))];
  const docs: DocInfo[] = files.map((file) => {
    const id = file.replace(/^docs\//, '').replace(/\.mdx?$/, '');
    return { id, title: id, permalink: `/docs/${id}`, file };
  });
  const manifest = buildCourseManifest({ quizzes, docs, units });
  return { quizzes, manifest, bank: buildQuestionBank('Test course', manifest, quizzes) };
}
