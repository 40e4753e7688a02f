// cspell:words multichoice qformat shortanswer truefalse
/**
 * A small GIFT reader for tests, strict where Moodle's importer is lenient: questions are
 * blocks between blank lines, `//` lines are comments, only Moodle's escapes (`\\ \~ \= \# \{
 * \} \: \n`) are allowed, and every question has exactly one answer block. It decides the
 * question type the way Moodle's qformat_gift does, so a test can assert what Moodle will build.
 */

export type GiftType = 'multichoice' | 'match' | 'truefalse' | 'shortanswer' | 'essay' | 'description';

export interface GiftQuestion {
  name?: string;
  type: GiftType;
  /** Answers after splitting, escapes still in place. */
  answers: string[];
  /** Weights of multichoice answers in percent; `=` counts as 100. */
  weights: number[];
  generalFeedback?: string;
}

export interface GiftReading {
  categories: string[];
  questions: GiftQuestion[];
  errors: string[];
}

const ESCAPED = /\\[\\~=#{}:n]/g;
const PLACEHOLDER = '\u0000';

/** Replaces each escape with one placeholder character so unescaped specials can be found by index. */
function mask(text: string): string {
  return text.replace(ESCAPED, PLACEHOLDER + PLACEHOLDER);
}

function blocks(source: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current.join('\n'));
      current = [];
    } else if (!line.trim().startsWith('//')) current.push(line);
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out;
}

function questionType(answers: string): GiftType {
  if (answers === '') return 'essay';
  if (answers.includes('~')) return 'multichoice';
  if (answers.includes('=') && answers.includes('->')) return 'match';
  const beforeFeedback = answers.split('#')[0]?.trim() ?? '';
  return ['T', 'TRUE', 'F', 'FALSE'].includes(beforeFeedback) ? 'truefalse' : 'shortanswer';
}

/** Splits at unescaped separators found in `masked`, slicing the same spans out of `original`. */
function splitAnswers(type: GiftType, masked: string, original: string): string[] {
  if (type !== 'multichoice' && type !== 'match' && type !== 'shortanswer') return [original.trim()];
  const starts: number[] = [];
  for (let index = 0; index < masked.length; index += 1) {
    const char = masked[index];
    if (char === '=' || (type === 'multichoice' && char === '~')) starts.push(index);
  }
  return [0, ...starts]
    .map((start, i) => original.slice(start, starts[i] ?? original.length))
    .map((part) =>
      part.startsWith('~')
        ? part.slice(1)
        : part.startsWith('=') && type !== 'multichoice'
          ? part.slice(1)
          : part,
    )
    .map((part) => part.trim())
    .filter(Boolean);
}

function weight(answer: string): number {
  if (answer.startsWith('=')) return 100;
  const match = /^%(-?\d+(?:\.\d+)?)%/.exec(answer);
  return match ? Number(match[1]) : 0;
}

function readQuestion(block: string, errors: string[]): GiftQuestion | string {
  const label = block.slice(0, 60);
  const stray = block.replace(ESCAPED, '').match(/\\./);
  if (stray) errors.push(`${label}: "${stray[0]}" is not a GIFT escape`);
  let text = block.trim();
  let masked = mask(text);
  if (masked.startsWith('$CATEGORY:')) return text.slice('$CATEGORY:'.length).trim();
  let name: string | undefined;
  if (masked.startsWith('::')) {
    const end = masked.indexOf('::', 2);
    if (end === -1) errors.push(`${label}: the question name has no closing ::`);
    else {
      name = text.slice(2, end);
      text = text.slice(end + 2).trim();
      masked = mask(text);
    }
  }
  const open = masked.indexOf('{');
  const close = masked.indexOf('}');
  const opens = masked.split('{').length - 1;
  const closes = masked.split('}').length - 1;
  if (opens === 0 && closes === 0)
    return { ...(name ? { name } : {}), type: 'description', answers: [], weights: [] };
  if (opens !== 1 || closes !== 1 || close < open) {
    errors.push(`${label}: expected one answer block {…}, found ${opens} "{" and ${closes} "}"`);
  }
  let answers = masked.slice(open + 1, close);
  let original = text.slice(open + 1, close);
  let generalFeedback: string | undefined;
  const separator = answers.lastIndexOf('####');
  if (separator !== -1) {
    generalFeedback = original.slice(separator + 4).trim();
    answers = answers.slice(0, separator);
    original = original.slice(0, separator);
  }
  const type = questionType(answers.trim());
  if (type === 'essay') errors.push(`${label}: the answer block is empty`);
  const split = splitAnswers(type, answers, original);
  return {
    ...(name ? { name } : {}),
    type,
    answers: split,
    weights: type === 'multichoice' ? split.map(weight) : [],
    ...(generalFeedback === undefined ? {} : { generalFeedback }),
  };
}

/** Reads a GIFT file; `errors` is empty when every block is well formed. */
export function readGift(source: string): GiftReading {
  const reading: GiftReading = { categories: [], questions: [], errors: [] };
  for (const block of blocks(source)) {
    const result = readQuestion(block, reading.errors);
    if (typeof result === 'string') reading.categories.push(result);
    else reading.questions.push(result);
  }
  return reading;
}
