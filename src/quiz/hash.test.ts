// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cyrb53, questionContentHash } from './hash';
import type { Question } from './schema';
import {
  classifyQuestion,
  makeQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  shortQuestion,
  singleQuestion,
  trueFalseQuestion,
} from './testFixtures';

const ALL = [
  singleQuestion,
  multipleQuestion,
  trueFalseQuestion,
  orderingQuestion,
  matchingQuestion,
  classifyQuestion,
  shortQuestion,
];

// Structured clone keeps the fixtures untouched while a test edits one field.
const edited = <Q extends Question>(question: Q, edit: (copy: Q) => void): Q => {
  const copy = structuredClone(question);
  edit(copy);
  return copy;
};

describe('cyrb53', () => {
  it('matches the published reference values', () => {
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });

  it('changes with the seed', () => {
    expect(cyrb53('revenue', 1)).not.toBe(cyrb53('revenue'));
  });
});

describe('questionContentHash', () => {
  it('is a 14-digit lower-case hex string', () => {
    for (const question of ALL) expect(questionContentHash(question)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('keeps its value across releases, since a new value would mark every saved answer as stale', () => {
    // If this fails, the canonical form changed: every learner would see "this question changed".
    expect(questionContentHash(trueFalseQuestion)).toBe('1ece1601a98727');
  });

  it('is the same for the same content, every time', () => {
    expect(questionContentHash(singleQuestion)).toBe(questionContentHash(structuredClone(singleQuestion)));
  });

  it('is different for each sample question', () => {
    expect(new Set(ALL.map(questionContentHash)).size).toBe(ALL.length);
  });

  it('ignores explanation, hints, feedback, teaches, points and id', () => {
    const before = questionContentHash(singleQuestion);
    const after = edited(singleQuestion, (q) => {
      q.explanation = 'Fixed a typo in the explanation.';
      q.hints = ['A different hint.'];
      q.teaches = '#elsewhere';
      q.points = 5;
      q.id = 'renamed-question';
      q.options[1]!.feedback = 'Better feedback.';
    });
    expect(questionContentHash(after)).toBe(before);
  });

  it('ignores statement feedback in classify questions', () => {
    const after = edited(classifyQuestion, (q) => {
      q.statements[0]!.feedback = 'Reworded.';
    });
    expect(questionContentHash(after)).toBe(questionContentHash(classifyQuestion));
  });

  it('ignores re-wrapped lines and extra spaces in the prompt', () => {
    const after = edited(singleQuestion, (q) => {
      q.prompt = q.prompt.replace(/ /g, '\n  ');
    });
    expect(questionContentHash(after)).toBe(questionContentHash(singleQuestion));
  });

  it('changes when the prompt changes', () => {
    const after = edited(singleQuestion, (q) => {
      q.prompt = 'Which part of the DPA pays for new factories?';
    });
    expect(questionContentHash(after)).not.toBe(questionContentHash(singleQuestion));
  });

  it('changes when an option text or which option is right changes', () => {
    const base = questionContentHash(multipleQuestion);
    const text = edited(multipleQuestion, (q) => {
      q.options[0]!.text = 'Priority ratings';
    });
    const flag = edited(multipleQuestion, (q) => {
      q.options[1]!.correct = true;
    });
    expect(questionContentHash(text)).not.toBe(base);
    expect(questionContentHash(flag)).not.toBe(base);
  });

  it('changes when options are reordered, since saved answers point at positions', () => {
    const after = edited(singleQuestion, (q) => {
      q.options.reverse();
    });
    expect(questionContentHash(after)).not.toBe(questionContentHash(singleQuestion));
  });

  it('changes when the true/false answer flips', () => {
    const after = edited(trueFalseQuestion, (q) => {
      q.answer = false;
    });
    expect(questionContentHash(after)).not.toBe(questionContentHash(trueFalseQuestion));
  });

  it('changes when ordering items change or swap', () => {
    const swapped = edited(orderingQuestion, (q) => {
      q.items = [q.items[1]!, q.items[0]!, ...q.items.slice(2)];
    });
    expect(questionContentHash(swapped)).not.toBe(questionContentHash(orderingQuestion));
  });

  it('changes when a matching term or match changes', () => {
    const term = edited(matchingQuestion, (q) => {
      q.pairs[0]!.term = 'Title II';
    });
    const match = edited(matchingQuestion, (q) => {
      q.pairs[0]!.match = 'Ranking';
    });
    expect(questionContentHash(term)).not.toBe(questionContentHash(matchingQuestion));
    expect(questionContentHash(match)).not.toBe(questionContentHash(matchingQuestion));
  });

  it('changes when categories or a statement text or category change', () => {
    const base = questionContentHash(classifyQuestion);
    const categories = edited(classifyQuestion, (q) => {
      q.categories = ['Fact', 'Claim', 'Opinion'];
    });
    const text = edited(classifyQuestion, (q) => {
      q.statements[2]!.text = 'The law is useful.';
    });
    const category = edited(classifyQuestion, (q) => {
      q.statements[2]!.category = 'Fact';
    });
    for (const changed of [categories, text, category]) expect(questionContentHash(changed)).not.toBe(base);
  });

  it('changes when an accepted answer is added but not when they are listed in another order', () => {
    const added = edited(shortQuestion, (q) => {
      q.answers.push('Defence Production Act');
    });
    const reordered = edited(shortQuestion, (q) => {
      q.answers.reverse();
    });
    expect(questionContentHash(added)).not.toBe(questionContentHash(shortQuestion));
    expect(questionContentHash(reordered)).toBe(questionContentHash(shortQuestion));
  });

  it('tells apart questions of different types with the same prompt', () => {
    const common = { id: 'same', prompt: 'Same prompt', explanation: 'e' };
    const single = makeQuestion({
      ...common,
      type: 'single',
      options: [{ text: 'a', correct: true }, { text: 'b' }],
    });
    const multiple = makeQuestion({
      ...common,
      type: 'multiple',
      options: [{ text: 'a', correct: true }, { text: 'b' }],
    });
    expect(questionContentHash(single)).not.toBe(questionContentHash(multiple));
  });

  it('treats an option with no correct flag like one marked not correct', () => {
    const parsed = makeQuestion({
      id: 'q',
      type: 'single',
      prompt: 'p',
      explanation: 'e',
      options: [{ text: 'a', correct: true }, { text: 'b' }],
    });
    const unparsed = edited(parsed, (q) => {
      delete (q.options[1] as { correct?: boolean }).correct;
    });
    expect(questionContentHash(unparsed)).toBe(questionContentHash(parsed));
  });
});
