// One synthetic lesson: prose in three anchored sections and a 10-question quiz using every
// question type, written in the course's quiz syntax (docs/guides/writing-quizzes.mdx).

const para = (n) =>
  `This is paragraph ${n} of a synthetic lesson. It stands in for the prose a real lesson has, ` +
  'with **bold** text, *emphasis* and a [link to the glossary](/docs/reference/glossary) so the page has the usual Markdown.';

function questions(k) {
  const q = (n) => `s${k}-q${n}`;
  const why = (text) => `<Explanation>\n\n${text}\n\n</Explanation>`;
  return [
    `<Question id="${q(1)}" type="single" teaches="#part-a">\n\nWhich option is right in lesson ${k}?\n\n<Option correct>The first option</Option>\n<Option feedback="Not this one: see part A.">The second option</Option>\n<Option feedback="Not this one either.">The third option</Option>\n\n<Hint>Read part A again.</Hint>\n\n${why('The first option is right because part A says so.')}\n\n</Question>`,
    `<Question id="${q(2)}" type="multiple" teaches="#part-b">\n\nWhich two options are right?\n\n<Option correct>Alpha</Option>\n<Option correct>Beta</Option>\n<Option feedback="Gamma is wrong.">Gamma</Option>\n\n${why('Alpha and Beta are right.')}\n\n</Question>`,
    `<Question id="${q(3)}" type="truefalse" answer="true">\n\nLesson ${k} has three parts.\n\n${why('True: parts A, B and C.')}\n\n</Question>`,
    `<Question id="${q(4)}" type="ordering">\n\nPut the parts in order, first first.\n\n<Item>Part A</Item>\n<Item>Part B</Item>\n<Item>Part C</Item>\n\n${why('A, then B, then C.')}\n\n</Question>`,
    `<Question id="${q(5)}" type="matching">\n\nMatch each letter to its word.\n\n<Match term="A">Apple</Match>\n<Match term="B">Banana</Match>\n<Match term="C">Cherry</Match>\n\n${why('Each word starts with its letter.')}\n\n</Question>`,
    `<Question id="${q(6)}" type="classify" categories="Fact | Opinion">\n\nSort each statement.\n\n<Statement category="Fact" feedback="It can be checked.">Water boils at 100 °C at sea level.</Statement>\n<Statement category="Opinion" feedback="It is a judgement.">Tea is better than coffee.</Statement>\n\n${why('A fact can be checked; an opinion is a judgement.')}\n\n</Question>`,
    `<Question id="${q(7)}" type="short" teaches="#part-c">\n\nWhat is the name of the third part? (One letter.)\n\n<Answer>C</Answer>\n<Answer>part C</Answer>\n\n${why('The third part is part C.')}\n\n</Question>`,
    `<Question id="${q(8)}" type="single">\n\nWhich number is even?\n\n<Option correct>Two</Option>\n<Option feedback="Three is odd.">Three</Option>\n\n${why('Two divides by two.')}\n\n</Question>`,
    `<Question id="${q(9)}" type="truefalse" answer="false">\n\nLesson ${k} has no quiz.\n\n${why('False: you are reading it.')}\n\n</Question>`,
    `<Question id="${q(10)}" type="short">\n\nHow many questions does this quiz have? (A number.)\n\n<Answer>10</Answer>\n<Answer>ten</Answer>\n\n${why('It has ten.')}\n\n</Question>`,
  ];
}

/** The MDX text of synthetic lesson number `k` (unique ids across the site). */
export function lessonMdx(k, position) {
  return `---
title: Synthetic lesson ${k}
description: A generated lesson used to measure how build cost grows with the course.
sidebar_position: ${position}
---

## Part A \\{#part-a}

${para(1)}

${para(2)}

## Part B \\{#part-b}

${para(3)}

## Part C \\{#part-c}

${para(4)}

## Check your understanding

<Quiz id="s${k}-quiz" title="Check: synthetic lesson ${k}">

${questions(k).join('\n\n')}

</Quiz>
`;
}
