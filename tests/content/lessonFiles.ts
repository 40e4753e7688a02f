/**
 * Shared parsing for the content checks: which files are lessons, how a lesson's MDX is read
 * (the way Docusaurus reads it: `{#id}` heading ids escaped first), its sections and anchors,
 * and its quizzes (through the course plugin's extractor, the same code the build uses).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { createSlugger, escapeMarkdownHeadingIds, parseMarkdownHeadingId } from '@docusaurus/utils';
import { formatQuizError } from '../../plugins/course/errors';
import { extractQuizzes, type ExtractedQuiz, type RawQuestion } from '../../plugins/course/extract';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A lesson: `docs/start-here.mdx` or `docs/unit-*` / `NN-*.mdx` (unit overviews are not lessons). */
export const LESSON_PATTERN = /^docs\/(?:start-here\.mdx|unit-[^/]+\/\d{2}-[^/]+\.mdx)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every .md/.mdx file under docs/, as sorted paths relative to `root` with forward slashes. */
export function docFiles(root = ROOT): string[] {
  return walk(path.join(root, 'docs'))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
}

export function lessonFiles(root = ROOT): string[] {
  return docFiles(root).filter((file) => LESSON_PATTERN.test(file));
}

export function readDoc(file: string, root = ROOT): string {
  return readFileSync(path.join(root, file), 'utf8');
}

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).freeze();

/** Parses MDX as Docusaurus does (heading ids escaped first); throws on a syntax error. */
export function parseMdx(source: string): Root {
  return processor.parse(escapeMarkdownHeadingIds(source));
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Every node of the tree, depth first. */
export function allNodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) out.push(...allNodes(child));
  return out;
}

export function jsxElements(tree: Root, name: string): JsxElement[] {
  return allNodes(tree).filter(
    (node): node is JsxElement =>
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name,
  );
}

export function stringAttr(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** A heading's id as Docusaurus computes it: explicit `{#id}`, else the github-slugger slug of its text. */
export function headingAnchors(tree: Root): Set<string> {
  const slugger = createSlugger();
  const anchors = new Set<string>();
  for (const node of allNodes(tree)) {
    if (node.type !== 'heading') continue;
    const text = toString(node);
    anchors.add(parseMarkdownHeadingId(text).id ?? slugger.slug(text));
  }
  return anchors;
}

/** The heading's visible title, without its `{#id}`. */
export function headingTitle(heading: Heading): string {
  return parseMarkdownHeadingId(toString(heading)).text.trim();
}

/** The blocks under the level-2 heading titled `title` (up to the next heading of level 1–2), or undefined. */
export function section(tree: Root, title: string): RootContent[] | undefined {
  const start = tree.children.findIndex(
    (node) =>
      node.type === 'heading' && node.depth === 2 && headingTitle(node).toLowerCase() === title.toLowerCase(),
  );
  if (start < 0) return undefined;
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Top-level bullets of the lists in a section. */
export function bulletCount(blocks: RootContent[]): number {
  return blocks.reduce((sum, node) => sum + (node.type === 'list' ? node.children.length : 0), 0);
}

/** Distinct http(s) link targets in a section (Markdown links and autolinks). */
export function httpLinks(blocks: RootContent[]): Set<string> {
  const urls = blocks
    .flatMap((block) => allNodes(block))
    .flatMap((node) => (node.type === 'link' && /^https?:\/\//i.test(node.url) ? [node.url] : []));
  return new Set(urls);
}

export interface Lesson {
  file: string;
  source: string;
  /** undefined when the MDX does not parse; `parseError` says why. */
  tree?: Root;
  parseError?: string;
  quizzes: ExtractedQuiz[];
  /** Problems the quiz extractor reported (syntax, structure), as readable lines. */
  extractionErrors: string[];
}

export function readLesson(file: string, source: string): Lesson {
  const lesson: Lesson = { file, source, quizzes: [], extractionErrors: [] };
  try {
    lesson.tree = parseMdx(source);
  } catch (error) {
    lesson.parseError = error instanceof Error ? error.message : String(error);
  }
  const extraction = extractQuizzes(source, file);
  lesson.quizzes = extraction.quizzes;
  lesson.extractionErrors = extraction.errors.map(formatQuizError);
  return lesson;
}

export function questionsOf(lesson: Lesson): RawQuestion[] {
  return lesson.quizzes.flatMap((quiz) => quiz.input.questions);
}
