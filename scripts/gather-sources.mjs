// Writes docs/reference/sources.mdx: every source of every lesson, grouped by unit and lesson,
// read from the "## Sources" section of docs/start-here.mdx and docs/unit-*/NN-*.mdx (not the
// overviews). The page is generated so it can never drift from the lessons; a unit test
// (scripts/gather-sources.test.ts) fails when it is out of date.
// Usage: node scripts/gather-sources.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = 'docs/reference/sources.mdx';

const UNIT_FOLDER = /^unit-(\d+)-[a-z0-9-]+$/;
const LESSON_FILE = /^(\d{2})-(.+)\.mdx$/;

// Plain Markdown is enough here: the Sources section is a Markdown list, and the MDX-only syntax
// elsewhere in a lesson cannot turn into a level-2 heading.
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

/** Every lesson, in course order: Start here, then each unit's NN- files in number order. */
export function findLessons(root = ROOT) {
  const docs = path.join(root, 'docs');
  const units = readdirSync(docs)
    .filter((name) => UNIT_FOLDER.test(name))
    .sort((a, b) => Number(UNIT_FOLDER.exec(a)[1]) - Number(UNIT_FOLDER.exec(b)[1]));
  return [
    { group: { id: 'start', label: 'Start here' }, lessons: [{ file: 'docs/start-here.mdx', number: '' }] },
    ...units.map((unit) => {
      const unitNumber = Number(UNIT_FOLDER.exec(unit)[1]);
      const category = JSON.parse(readFileSync(path.join(docs, unit, '_category_.json'), 'utf8'));
      const lessons = readdirSync(path.join(docs, unit))
        .filter((name) => LESSON_FILE.test(name))
        .sort()
        .map((name) => ({
          file: `docs/${unit}/${name}`,
          number: `${unitNumber}.${Number(LESSON_FILE.exec(name)[1])}`,
        }));
      return { group: { id: `unit-${unitNumber}`, label: category.label ?? `Unit ${unitNumber}` }, lessons };
    }),
  ];
}

/** The lesson's URL as Docusaurus makes it: /docs/<folder>/<file name without NN- and .mdx>, or its slug. */
export function permalink(file, frontMatter = {}) {
  const folder = path.posix.dirname(file).replace(/^docs\/?/, '');
  const name = path.posix
    .basename(file)
    .replace(/\.mdx?$/, '')
    .replace(/^\d+-/, '');
  const slug = frontMatter.slug;
  if (typeof slug === 'string')
    return `/docs${slug.startsWith('/') ? slug : `/${folder}/${slug}`}`.replace(/\/$/, '');
  const id = typeof frontMatter.id === 'string' ? frontMatter.id : name;
  return `/docs/${folder ? `${folder}/` : ''}${id}`;
}

/** Reads one lesson: front matter, and each source list item as its Markdown text and first http(s) URL. */
export function readLesson(source) {
  const tree = parser.parse(source);
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const frontMatter = (yamlNode && yaml.load(yamlNode.value)) || {};
  const start = tree.children.findIndex(
    (node) =>
      node.type === 'heading' && node.depth === 2 && toString(node).trim().toLowerCase() === 'sources',
  );
  const rest = start < 0 ? [] : tree.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  const blocks = end < 0 ? rest : rest.slice(0, end);
  const sources = [];
  for (const list of blocks.filter((node) => node.type === 'list')) {
    for (const item of list.children) {
      const paragraph = item.children[0];
      if (!paragraph?.position) continue;
      // Keep the author's own Markdown (links, emphasis, dates) and join any wrapped lines.
      const markdown = source
        .slice(paragraph.position.start.offset, paragraph.position.end.offset)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      const link = findLink(paragraph);
      sources.push({ url: link?.url ?? markdown, markdown });
    }
  }
  return { frontMatter, sources };
}

function findLink(node) {
  if (node.type === 'link' && /^https?:\/\//i.test(node.url)) return node;
  for (const child of node.children ?? []) {
    const found = findLink(child);
    if (found) return found;
  }
  return undefined;
}

/** Drops sources whose URL an earlier item of the same lesson already gave. */
export function dedupeByUrl(sources) {
  const seen = new Set();
  return sources.filter(({ url }) => !seen.has(url) && seen.add(url));
}

// Characters that would start Markdown or MDX syntax inside a heading's link text.
const escapeText = (text) => text.replace(/([\\[\]{}<>*_`])/g, '\\$1');

/** The whole sources page, as it should be committed. */
export function renderSourcesPage(root = ROOT) {
  const out = [
    '---',
    'title: Sources',
    'sidebar_position: 3',
    'description: Every source the lessons cite, gathered by unit and lesson, with publishers and dates.',
    '---',
    '',
    `{/* Generated by scripts/gather-sources.mjs from each lesson's "## Sources" section. Do not edit this page: edit the lesson, then run node scripts/gather-sources.mjs. */}`,
    '',
    'Every source the lessons cite, lesson by lesson. Each entry names the publisher and the date. "Checked through a secondary copy" means the writers worked from a faithful copy or quotation of the page rather than the original.',
  ];
  const anchors = new Set();
  for (const { group, lessons } of findLessons(root)) {
    out.push('', `## ${escapeText(group.label)} {#${group.id}}`);
    for (const { file, number } of lessons) {
      const { frontMatter, sources } = readLesson(readFileSync(path.join(root, file), 'utf8'));
      const title = `${number ? `${number} ` : ''}${frontMatter.title ?? file}`;
      // Explicit heading ids keep links to a lesson's sources stable; a clash gets the unit prefix.
      const slug = permalink(file, frontMatter).split('/').pop();
      const anchor = anchors.has(slug) ? `${group.id}-${slug}` : slug;
      anchors.add(anchor);
      out.push('', `### [${escapeText(title)}](${permalink(file, frontMatter)}) {#${anchor}}`, '');
      const unique = dedupeByUrl(sources);
      if (unique.length === 0) out.push('This lesson lists no sources yet.');
      for (const { markdown } of unique) out.push(`- ${markdown}`);
    }
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(path.join(ROOT, OUTPUT), renderSourcesPage());
  console.log(`[sources] wrote ${OUTPUT}`);
}
