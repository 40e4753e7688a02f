/**
 * The content rules (docs/brief "What every lesson has" and the authoring spec) as pure functions
 * over parsed lessons, so each rule can be tested against small in-memory lessons as well as the
 * real ones. Every problem names the file and what is missing.
 */
import { QUESTION_TYPES } from '../../src/quiz/schema';
import type { RawQuestion } from '../../plugins/course/extract';
import { bulletCount, headingAnchors, httpLinks, questionsOf, section, type Lesson } from './lessonFiles';

export const LESSON_CHECKS = {
  parses: 'parses as MDX and its quiz markup reads cleanly',
  objectives: 'has "## Learning objectives" with 3–5 bullets',
  time: 'has an "**Estimated time:**" line',
  reviewed: 'has "Last reviewed: <day> <Month> <year>"',
  discuss: 'has a "## Discuss" section with questions',
  sources: 'has a "## Sources" section with at least 3 http(s) links',
  quiz: 'has a <Quiz>',
  quizSize: 'has a quiz of at least 6 questions of at least 2 types',
  explanation: 'has an <Explanation> in every question',
  feedback: 'has feedback on every option, right or wrong, and every statement',
  teaches: 'points every teaches="#x" at an anchor in the same file',
} as const;

export type LessonCheck = keyof typeof LESSON_CHECKS;
export interface Problem {
  check: LessonCheck;
  message: string;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** True when "Last reviewed: 26 November 2026" names a real calendar date. */
export function reviewedDate(source: string): string | undefined {
  const match = /Last reviewed:\s*(\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(source);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const monthIndex = MONTHS.indexOf(month ?? '');
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
  return monthIndex >= 0 && date.getUTCDate() === Number(day) ? match[0] : undefined;
}

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;
const asList = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);
const label = (question: RawQuestion, index: number) =>
  `question "${String(question.id ?? `#${index + 1}`)}"`;

/** Every rule of one lesson that it breaks; an empty list means the lesson passes. */
export function checkLesson(lesson: Lesson): Problem[] {
  const problems: Problem[] = [];
  const add = (check: LessonCheck, what: string) =>
    problems.push({ check, message: `${lesson.file}: ${what}` });
  const { tree, source, quizzes } = lesson;

  if (lesson.parseError) add('parses', `does not parse as MDX (${lesson.parseError})`);
  for (const error of lesson.extractionErrors) add('parses', `quiz markup problem: ${error}`);
  if (!/^\*\*Estimated time:\*\*[ \t]*\d+/m.test(source))
    add('time', 'no "**Estimated time:** N minutes" line');
  if (!reviewedDate(source)) add('reviewed', 'no valid "Last reviewed: <day> <Month> <year>" date');

  if (tree) {
    const objectives = section(tree, 'Learning objectives');
    const count = objectives ? bulletCount(objectives) : 0;
    if (!objectives) add('objectives', 'no "## Learning objectives" section');
    else if (count < 3 || count > 5)
      add('objectives', `"## Learning objectives" has ${count} bullets (needs 3–5)`);
    const discuss = section(tree, 'Discuss');
    if (!discuss) add('discuss', 'no "## Discuss" section');
    else if (bulletCount(discuss) === 0) add('discuss', '"## Discuss" has no questions (bullets)');
    const sources = section(tree, 'Sources');
    const links = sources ? httpLinks(sources).size : 0;
    if (!sources) add('sources', 'no "## Sources" section');
    else if (links < 3) add('sources', `"## Sources" has ${links} distinct http(s) links (needs at least 3)`);
  }

  if (quizzes.length === 0) add('quiz', 'no <Quiz> found');
  const anchors = tree ? headingAnchors(tree) : undefined;
  for (const quiz of quizzes) {
    const { questions } = quiz.input;
    const quizName = `quiz "${String(quiz.input.id ?? '?')}" (line ${quiz.line})`;
    const types = new Set(questions.map((question) => String(question.type)));
    if (questions.length < 6 || types.size < 2) {
      add(
        'quizSize',
        `${quizName} has ${questions.length} questions of ${types.size} types (needs 6+ of 2+)`,
      );
    }
    questions.forEach((question, index) => {
      const name = `${quizName} ${label(question, index)}`;
      if (!nonEmpty(question.explanation)) add('explanation', `${name} has no <Explanation>`);
      asList(question.options).forEach((option, i) => {
        if (!nonEmpty(option.feedback)) {
          const kind = option.correct === true ? 'correct' : 'not correct';
          add('feedback', `${name} option ${i + 1} (${kind}) has no feedback`);
        }
      });
      asList(question.statements).forEach((statement, i) => {
        if (!nonEmpty(statement.feedback)) add('feedback', `${name} statement ${i + 1} has no feedback`);
      });
      const teaches = question.teaches;
      if (typeof teaches === 'string' && anchors && !anchors.has(teaches.replace(/^#/, ''))) {
        add('teaches', `${name} has teaches="${teaches}" but no heading in the file has that anchor`);
      }
    });
  }
  return problems;
}

const unitOf = (file: string) => /^docs\/(unit-(\d+)-[^/]+)\//.exec(file);

/** Site-wide totals over the lessons: question count, types, lessons and units, Unit 4's classify. */
export function checkSite(lessons: Lesson[]): string[] {
  const problems: string[] = [];
  const questions = lessons.flatMap(questionsOf);
  if (questions.length < 80)
    problems.push(`the lessons have ${questions.length} questions (needs at least 80)`);
  const used = new Set(questions.map((question) => question.type));
  const unused = QUESTION_TYPES.filter((type) => !used.has(type));
  if (unused.length) problems.push(`question types never used in a lesson: ${unused.join(', ')}`);
  const unitLessons = lessons.filter((lesson) => unitOf(lesson.file));
  const units = new Set(unitLessons.map((lesson) => unitOf(lesson.file)?.[1]));
  if (unitLessons.length < 12 || units.size < 4) {
    problems.push(
      `${unitLessons.length} unit lessons in ${units.size} units (needs at least 12 in at least 4)`,
    );
  }
  const unit4 = lessons.filter((lesson) => unitOf(lesson.file)?.[2] === '4').flatMap(questionsOf);
  const labels = ['Fact', 'Reported claim', 'Opinion'];
  const hasLabelQuestion = unit4.some((question) => {
    const categories: unknown[] = Array.isArray(question.categories) ? question.categories : [];
    return question.type === 'classify' && labels.every((name) => categories.includes(name));
  });
  if (!hasLabelQuestion) {
    problems.push(
      'no Unit 4 lesson has a classify question with categories Fact, Reported claim and Opinion',
    );
  }
  return problems;
}

/** Quiz ids and question ids that appear more than once, across every file given. */
export function duplicateIds(lessons: Lesson[]): string[] {
  const seen = new Map<string, string[]>();
  const note = (key: string, file: string) => seen.set(key, [...(seen.get(key) ?? []), file]);
  for (const lesson of lessons) {
    for (const quiz of lesson.quizzes) {
      note(`quiz id "${String(quiz.input.id)}"`, lesson.file);
      for (const question of quiz.input.questions) note(`question id "${String(question.id)}"`, lesson.file);
    }
  }
  return [...seen]
    .filter(([, files]) => files.length > 1)
    .map(([key, files]) => `${key} in ${files.join(', ')}`);
}

/** The page's name as the sidebar shows it: `sidebar_label` from the front matter, else `title`. */
export function sidebarName(source: string): string | undefined {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const field = (key: string) =>
    new RegExp(`^${key}:\\s*(.+)$`, 'm')
      .exec(frontMatter)?.[1]
      ?.trim()
      .replace(/^(["'])(.*)\1$/, '$2');
  return field('sidebar_label') ?? field('title');
}

/**
 * Quiz titles follow one pattern (docs/guides/for-instructors, "Conventions"): a quiz is named
 * after its page as the sidebar names it, e.g. "1.1 The Defense Production Act".
 */
export function quizTitleProblems(doc: Lesson): string[] {
  const expected = sidebarName(doc.source);
  return doc.quizzes.flatMap((quiz) => {
    const title = quiz.input.title;
    return title === expected
      ? []
      : [
          `${doc.file}: quiz "${String(quiz.input.id)}" is titled ${JSON.stringify(title)}; name it after its page: title="${String(expected)}"`,
        ];
  });
}

/**
 * Matching and classify questions need at least three different answers: an LMS such as Moodle
 * refuses to save a matching question with fewer, so a teacher could not edit the import.
 */
export function fewAnswerProblems(doc: Lesson): string[] {
  return doc.quizzes.flatMap((quiz) =>
    quiz.input.questions.flatMap((question) => {
      const answers =
        question.type === 'matching'
          ? asList(question.pairs).map((pair) => String(pair.match ?? '').trim())
          : question.type === 'classify' && Array.isArray(question.categories)
            ? question.categories.map(String)
            : undefined;
      const distinct = new Set(answers);
      return answers && distinct.size < 3
        ? [
            `${doc.file}: question "${String(question.id)}" (${String(question.type)}) has ${distinct.size} different answers; give it at least 3 (Moodle will not save fewer)`,
          ]
        : [];
    }),
  );
}
