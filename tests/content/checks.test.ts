// @vitest-environment node
/** Each content check can fail: small in-memory lessons that break one rule are reported. */
import {
  checkLesson,
  checkSite,
  duplicateIds,
  fewAnswerProblems,
  quizTitleProblems,
  reviewedDate,
  sidebarName,
  type LessonCheck,
} from './checks';
import { readLesson } from './lessonFiles';
import { copiedRuns, glossaryProblems, words } from './siteChecks';

const option = (text: string, extra = ' feedback="Why not."') => `<Option${extra}>${text}</Option>`;
const question = (
  id: string,
  type = 'single',
  body = `${option('A', ' correct feedback="Yes."')}\n\n${option('B')}`,
) =>
  `<Question id="${id}" type="${type}" teaches="#title-i">\n\nPrompt?\n\n${body}\n\n<Explanation>\n\nWhy.\n\n</Explanation>\n\n</Question>`;
const questions = [1, 2, 3, 4, 5].map((n) => question(`q${n}`)).concat(question('q6', 'truefalse', ''));
const withAnswer = (qs: string[]) =>
  qs.map((q) => q.replace('type="truefalse"', 'type="truefalse" answer="true"'));

const GOOD = `---
title: Test
---

**Estimated time:** 20 minutes · *Last reviewed: 26 November 2026*

## Learning objectives

- Explain one.
- Compare two.
- Apply three.

## Title I: priorities \\{#title-i}

Text.

## Plain heading

## Discuss

- Why?

## Check your understanding

<Quiz id="test-quiz">

${withAnswer(questions).join('\n\n')}

</Quiz>

## Sources

- [One](https://a.example/1)
- [Two](https://a.example/2)
- [Three](http://a.example/3)
`;

function failing(source: string): LessonCheck[] {
  return [...new Set(checkLesson(readLesson('docs/unit-9-test/01-test.mdx', source)).map((p) => p.check))];
}

describe('checkLesson', () => {
  it('passes a complete lesson', () => {
    expect(checkLesson(readLesson('docs/x.mdx', GOOD))).toEqual([]);
  });

  it.each<[string, string, string, LessonCheck]>([
    ['no objectives', '## Learning objectives', '## Aims', 'objectives'],
    ['two objectives', '- Apply three.\n', '', 'objectives'],
    ['six objectives', '- Apply three.', '- Apply three.\n- A.\n- B.\n- C.', 'objectives'],
    ['no estimated time', '**Estimated time:** 20 minutes', 'About 20 minutes', 'time'],
    ['no review date', 'Last reviewed: 26 November 2026', 'Last reviewed: recently', 'reviewed'],
    ['an impossible date', '26 November 2026', '31 February 2026', 'reviewed'],
    ['no Discuss section', '## Discuss', '## Talk', 'discuss'],
    ['two source links', '- [Three](http://a.example/3)', '- Three, a book.', 'sources'],
    ['no Sources section', '## Sources', '## Reading', 'sources'],
    ['no quiz', '<Quiz id="test-quiz">', '<Quizz id="test-quiz">', 'quiz'],
    ['five questions', questions[4] ?? '', '', 'quizSize'],
    ['an explanation missing', '<Explanation>\n\nWhy.\n\n</Explanation>', '', 'explanation'],
    ['a wrong option without feedback', option('B'), '<Option>B</Option>', 'feedback'],
    [
      'a correct option without feedback',
      '<Option correct feedback="Yes.">A</Option>',
      '<Option correct>A</Option>',
      'feedback',
    ],
    ['a teaches anchor that does not exist', 'teaches="#title-i"', 'teaches="#title-ii"', 'teaches'],
    ['a syntax error', 'Text.', 'Text {oops', 'parses'],
  ])('reports a lesson with %s', (_name, from, to, check) => {
    expect(GOOD.includes(from)).toBe(true);
    expect(failing(GOOD.replace(from, to))).toContain(check);
  });

  it('reports a quiz with only one question type', () => {
    expect(failing(GOOD.replace(/type="truefalse" answer="true"/, 'type="single"'))).toEqual(['quizSize']);
  });

  it('reports a statement without feedback, and accepts slug anchors', () => {
    const classify = question(
      'q7',
      'classify" categories="Fact | Opinion',
      '<Statement category="Fact" feedback="Yes.">A</Statement>\n\n<Statement category="Opinion">B</Statement>',
    ).replace('#title-i', '#plain-heading');
    const messages = checkLesson(readLesson('docs/x.mdx', GOOD.replace('</Quiz>', `${classify}\n\n</Quiz>`)));
    expect(messages.map((p) => p.message)).toEqual([
      'docs/x.mdx: quiz "test-quiz" (line 25) question "q7" statement 2 has no feedback',
    ]);
  });

  it('reads review dates', () => {
    expect(reviewedDate('Last reviewed: 1 March 2026')).toBe('Last reviewed: 1 March 2026');
    expect(reviewedDate('Last reviewed: 1 Smarch 2026')).toBeUndefined();
  });
});

describe('site checks', () => {
  const lesson = readLesson('docs/unit-1-a/01-a.mdx', GOOD);
  it('reports too few questions, unused types, too few lessons and no Unit 4 label question', () => {
    expect(checkSite([lesson])).toHaveLength(4);
  });
  it('reports duplicate quiz and question ids', () => {
    expect(duplicateIds([lesson, readLesson('docs/b.mdx', GOOD)])).toHaveLength(7);
  });
  it('reports unknown glossary terms and glossary links', () => {
    const source =
      'See <Term id="dpa">DPA</Term> and [x](/docs/reference/glossary#nope), [y](../reference/glossary#dpa).';
    const doc = readLesson('docs/a.mdx', source);
    const problems = glossaryProblems([doc], new Set(['dpa-x', 'dpa']));
    expect(problems.terms).toEqual([]);
    expect(problems.links).toEqual([
      'docs/a.mdx:1: link /docs/reference/glossary#nope points at no glossary id',
    ]);
    const unknown = glossaryProblems([doc], new Set<string>());
    expect(unknown.terms).toEqual(['docs/a.mdx:1: <Term id="dpa"> is not in src/data/glossary.json']);
  });
});

describe('copy check', () => {
  const article = 'One two three four five six seven eight nine ten eleven twelve thirteen. The end.';
  it('finds a copied run of 12 words, through markup and curly quotes', () => {
    const doc =
      'So: one <Term id="x">two three</Term> [four](https://x.y) five six seven eight nine ten eleven twelve!';
    expect(copiedRuns(article, doc)).toEqual([
      'one two three four five six seven eight nine ten eleven twelve',
    ]);
  });
  it('ignores a run of 11 words', () => {
    expect(copiedRuns(article, 'two three four five six seven eight nine ten eleven twelve')).toEqual([]);
  });
  it('normalises words', () => {
    expect(words('The ‘Company’s’ “AI”, 2026')).toEqual(['the', "company's", 'ai', '2026']);
  });
});

describe('quiz conventions', () => {
  const page = (front: string, quiz: string) =>
    readLesson('docs/unit-1-a/01-a.mdx', `---\n${front}\n---\n\n${quiz}\n`);
  const quiz = (title: string, body: string) =>
    `<Quiz id="q"${title}>\n\n<Question id="q-1" type="matching" teaches="#x">\n\nMatch.\n\n${body}\n\n<Explanation>\n\nWhy.\n\n</Explanation>\n\n</Question>\n\n</Quiz>`;
  const three = '<Match term="A">1</Match>\n<Match term="B">2</Match>\n<Match term="C">3</Match>';

  it('reads the sidebar name: sidebar_label, else title, without quotes', () => {
    expect(sidebarName('---\ntitle: The DPA\nsidebar_label: "1.1 The DPA"\n---\nText')).toBe('1.1 The DPA');
    expect(sidebarName("---\ntitle: 'Question gallery'\n---\n")).toBe('Question gallery');
  });

  it('asks for a quiz named after its page as the sidebar names it', () => {
    const front = 'title: The DPA\nsidebar_label: "1.1 The DPA"';
    expect(quizTitleProblems(page(front, quiz(' title="1.1 The DPA"', three)))).toEqual([]);
    expect(quizTitleProblems(page(front, quiz(' title="Check: the DPA"', three)))).toEqual([
      'docs/unit-1-a/01-a.mdx: quiz "q" is titled "Check: the DPA"; name it after its page: title="1.1 The DPA"',
    ]);
    expect(quizTitleProblems(page(front, quiz('', three)))).toHaveLength(1);
  });

  it('reports matching and classify questions with fewer than three different answers', () => {
    const two = '<Match term="A">1</Match>\n<Match term="B">2</Match>\n<Match term="C">2</Match>';
    expect(fewAnswerProblems(page('title: T', quiz('', three)))).toEqual([]);
    expect(fewAnswerProblems(page('title: T', quiz('', two)))).toEqual([
      'docs/unit-1-a/01-a.mdx: question "q-1" (matching) has 2 different answers; give it at least 3 (Moodle will not save fewer)',
    ]);
    const classify = readLesson(
      'docs/x.mdx',
      `<Quiz id="c">\n\n<Question id="c-1" type="classify" categories="Yes | No" teaches="#x">\n\nSort.\n\n<Statement category="Yes" feedback="a">A</Statement>\n<Statement category="No" feedback="b">B</Statement>\n\n<Explanation>\n\nWhy.\n\n</Explanation>\n\n</Question>\n\n</Quiz>\n`,
    );
    expect(fewAnswerProblems(classify)).toHaveLength(1);
  });
});
