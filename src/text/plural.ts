/**
 * Counts in words ("1 question", "3 questions"), the form chosen by Intl.PluralRules so that the
 * rule is the language's, not a hand-written `=== 1`. English only: the course is written in English.
 */
const rules = new Intl.PluralRules('en');

const IRREGULAR: Readonly<Record<string, string>> = { quiz: 'quizzes', was: 'were', is: 'are', has: 'have' };

/** The form of `word` for `count`: "question" → "questions", "quiz" → "quizzes". */
export function pluralWord(count: number, word: string): string {
  if (rules.select(count) === 'one') return word;
  if (Object.hasOwn(IRREGULAR, word)) return IRREGULAR[word]!;
  return /(s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** "1 question", "0 questions", "2 quizzes". */
export function countOf(count: number, word: string): string {
  return `${count} ${pluralWord(count, word)}`;
}
