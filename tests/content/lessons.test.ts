// @vitest-environment node
/**
 * Content checks on the real lessons: the required shape of every lesson, site-wide totals,
 * glossary references and the copy check. Failures name the file and what is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LESSON_CHECKS,
  checkLesson,
  checkSite,
  duplicateIds,
  fewAnswerProblems,
  quizTitleProblems,
  type LessonCheck,
} from './checks';
import { LESSON_PATTERN, ROOT, docFiles, readDoc, readLesson } from './lessonFiles';
import { copiedRuns, glossaryProblems } from './siteChecks';

// Every docs file is parsed once; lessons are the ones matching LESSON_PATTERN.
const docs = docFiles().map((file) => readLesson(file, readDoc(file)));
const lessons = docs.filter((doc) => LESSON_PATTERN.test(doc.file));

describe('lesson files', () => {
  it('are found (docs/start-here.mdx and docs/unit-*/NN-*.mdx)', () => {
    expect(lessons.map((lesson) => lesson.file)).toContain('docs/start-here.mdx');
  });
});

for (const lesson of lessons) {
  describe(lesson.file, () => {
    const problems = checkLesson(lesson);
    for (const [check, title] of Object.entries(LESSON_CHECKS) as [LessonCheck, string][]) {
      it(title, () => {
        const found = problems.filter((problem) => problem.check === check).map((problem) => problem.message);
        expect(found, `${lesson.file} fails "${title}"`).toEqual([]);
      });
    }
  });
}

describe('site-wide', () => {
  it('has 80+ questions, all 7 types, 12+ lessons in 4+ units, and a Unit 4 Fact/Reported claim/Opinion classify', () => {
    expect(checkSite(lessons)).toEqual([]);
  });

  it('uses every quiz id and question id once across docs/', () => {
    expect(duplicateIds(docs)).toEqual([]);
  });
});

describe('every quiz in docs/', () => {
  it('is named after its page as the sidebar names it (one pattern, see the instructor guide)', () => {
    expect(docs.flatMap(quizTitleProblems)).toEqual([]);
  });

  it('gives every matching and classify question at least three different answers', () => {
    expect(docs.flatMap(fewAnswerProblems)).toEqual([]);
  });
});

describe('glossary', () => {
  const glossary: unknown = JSON.parse(readFileSync(path.join(ROOT, 'src/data/glossary.json'), 'utf8'));
  const entries = Array.isArray(glossary) ? (glossary as { id?: unknown }[]) : [];
  const ids = new Set(entries.map((entry) => String(entry.id)));
  const problems = glossaryProblems(docs, ids);

  it('src/data/glossary.json is an array of entries with ids', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('every <Term id> in docs/ exists in glossary.json', () => {
    expect(problems.terms).toEqual([]);
  });

  it('every link to /docs/reference/glossary#x points at an existing id', () => {
    expect(problems.links).toEqual([]);
  });
});

const articlePath = path.resolve(ROOT, '..', 'shared/content/reference-article.txt');
const hasArticle = existsSync(articlePath);
if (!hasArticle) {
  console.warn(
    `[content] Copy check skipped: ${articlePath} does not exist, so there is nothing to compare with.`,
  );
}

describe('copy check', () => {
  it.skipIf(!hasArticle)('no docs file repeats 12 consecutive words of reference-article.txt', () => {
    const article = readFileSync(articlePath, 'utf8');
    const copies = docs.flatMap(({ file, source }) =>
      copiedRuns(article, source).map((run) => `${file}: "${run}"`),
    );
    expect(copies).toEqual([]);
  });
});
