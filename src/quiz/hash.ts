/**
 * Content hashes for questions, so progress can tell a learner "this question changed since you
 * answered it". Pure JS (no node:crypto, no SubtleCrypto) because it runs in the browser too,
 * synchronously, during render.
 */
import type { Question } from './schema';

/** cyrb53 (bryc, public domain): a fast, well-mixed 53-bit hash of a string. Not cryptographic. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// Re-wrapping a Markdown paragraph or an editor's choice of Unicode form does not change what
// a question asks, so neither should change its hash.
function canonicalText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Only what decides the right answer. Hints, explanation, feedback, teaches, points and id are
 * left out on purpose: fixing a typo in an explanation must not tell learners their answer is stale.
 * Order is kept where saved responses store indices (options, items, pairs, categories, statements).
 */
function answerDefiningContent(question: Question): object {
  const base = { type: question.type, prompt: canonicalText(question.prompt) };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        options: question.options.map((o) => ({ text: canonicalText(o.text), correct: o.correct === true })),
      };
    case 'truefalse':
      return { ...base, answer: question.answer };
    case 'ordering':
      return { ...base, items: question.items.map(canonicalText) };
    case 'matching':
      return {
        ...base,
        pairs: question.pairs.map((p) => ({ term: canonicalText(p.term), match: canonicalText(p.match) })),
      };
    case 'classify':
      return {
        ...base,
        categories: question.categories.map(canonicalText),
        statements: question.statements.map((s) => ({
          text: canonicalText(s.text),
          category: canonicalText(s.category),
        })),
      };
    case 'short':
      // Accepted answers are a set: listing the same synonyms in another order changes nothing.
      return { ...base, answers: question.answers.map(canonicalText).sort() };
  }
}

/** A stable 14-digit hex hash of what decides the question's answer; equal content gives an equal hash. */
export function questionContentHash(question: Question): string {
  return cyrb53(JSON.stringify(answerDefiningContent(question)))
    .toString(16)
    .padStart(14, '0');
}
