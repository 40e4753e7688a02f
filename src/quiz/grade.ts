/**
 * Grading: one pure function from (question, response) to a fraction of the points plus the
 * per-part outcome the UI shows. It never throws on a response, because responses may come
 * from old saved data; anything unusable is graded like no answer at all.
 */
import type { GradeParts, GradeResult, Question, QuestionOf, Response, ResponseOf } from './schema';
import { responseOfType, usableResponse } from './responseFit';
import { acceptedAnswerIndex, normalizeShortAnswer } from './shortAnswer';

export { SCORING_RULES } from './scoringRules';

interface Scored {
  fraction: number;
  parts: GradeParts;
}

const shareRight = (outcomes: readonly { correct: boolean }[]): number =>
  outcomes.length === 0 ? 0 : outcomes.filter((o) => o.correct).length / outcomes.length;

function scoreChoice(question: QuestionOf<'single'>, response: ResponseOf<'single'> | null): Scored {
  const options = question.options.map((o, i) => ({
    selected: response?.choice === i,
    correct: o.correct,
    feedback: o.feedback,
  }));
  const chosen = response ? question.options[response.choice] : undefined;
  return { fraction: chosen?.correct ? 1 : 0, parts: { type: 'single', options } };
}

function scoreMultiple(question: QuestionOf<'multiple'>, response: ResponseOf<'multiple'> | null): Scored {
  // A Set, so a choice saved twice by a buggy old version is not counted twice.
  const ticked = new Set(response?.choices ?? []);
  const options = question.options.map((o, i) => ({
    selected: ticked.has(i),
    correct: o.correct,
    feedback: o.feedback,
  }));
  const rightCount = options.filter((o) => o.correct).length;
  const hits = options.filter((o) => o.selected && o.correct).length;
  const misses = options.filter((o) => o.selected && !o.correct).length;
  // Count, then divide once: adding up 1/3 three times gives 0.9999…, which would not count as correct.
  // A question with no right option is an authoring error the course plugin rejects; score it 0.
  const fraction = rightCount === 0 ? 0 : Math.max(0, (hits - misses) / rightCount);
  return { fraction, parts: { type: 'multiple', options } };
}

function scoreTrueFalse(question: QuestionOf<'truefalse'>, response: ResponseOf<'truefalse'> | null): Scored {
  const chosen = response?.value ?? null;
  return {
    fraction: chosen === question.answer ? 1 : 0,
    parts: { type: 'truefalse', chosen, answer: question.answer },
  };
}

function scoreOrdering(question: QuestionOf<'ordering'>, response: ResponseOf<'ordering'> | null): Scored {
  // Items are authored in the correct order, so position p is right when it holds item p.
  const positions = question.items.map((_, p) => {
    const chosen = response?.order[p] ?? null;
    return { chosen, correct: chosen === p };
  });
  return { fraction: shareRight(positions), parts: { type: 'ordering', positions } };
}

function scoreMatching(question: QuestionOf<'matching'>, response: ResponseOf<'matching'> | null): Scored {
  // Match indices refer to authored pairs, so term i is right when it is given match i.
  const pairs = question.pairs.map((_, i) => {
    const chosen = response?.matches[i] ?? null;
    return { chosen, correct: chosen === i };
  });
  return { fraction: shareRight(pairs), parts: { type: 'matching', pairs } };
}

function scoreClassify(question: QuestionOf<'classify'>, response: ResponseOf<'classify'> | null): Scored {
  const statements = question.statements.map((s, i) => {
    const chosen = response?.categories[i] ?? null;
    const expected = question.categories.indexOf(s.category);
    return { chosen, expected, correct: chosen === expected, feedback: s.feedback };
  });
  return { fraction: shareRight(statements), parts: { type: 'classify', statements } };
}

function scoreShort(question: QuestionOf<'short'>, response: ResponseOf<'short'> | null): Scored {
  const index = response ? acceptedAnswerIndex(response.text, question.answers) : -1;
  return {
    fraction: index === -1 ? 0 : 1,
    parts: { type: 'short', matchedAnswer: index === -1 ? null : index },
  };
}

function score(question: Question, response: Response | null): Scored {
  switch (question.type) {
    case 'single':
      return scoreChoice(question, responseOfType(response, 'single'));
    case 'multiple':
      return scoreMultiple(question, responseOfType(response, 'multiple'));
    case 'truefalse':
      return scoreTrueFalse(question, responseOfType(response, 'truefalse'));
    case 'ordering':
      return scoreOrdering(question, responseOfType(response, 'ordering'));
    case 'matching':
      return scoreMatching(question, responseOfType(response, 'matching'));
    case 'classify':
      return scoreClassify(question, responseOfType(response, 'classify'));
    case 'short':
      return scoreShort(question, responseOfType(response, 'short'));
  }
}

/** Grades a response (null = unanswered); a mistyped or out-of-range response scores 0 and never throws. */
export function gradeQuestion(question: Question, response: Response | null | undefined): GradeResult {
  const { fraction, parts } = score(question, usableResponse(question, response));
  return {
    fraction,
    earned: question.points * fraction,
    possible: question.points,
    correct: fraction === 1,
    parts,
  };
}

/** Whether every part of the question has an answer, so the learner may check it. */
export function isResponseComplete(question: Question, response: Response | null | undefined): boolean {
  const usable = usableResponse(question, response);
  switch (usable?.type) {
    case undefined:
      return false;
    case 'multiple':
      return usable.choices.length > 0;
    case 'matching':
      return usable.matches.every((m) => m !== null);
    case 'classify':
      return usable.categories.every((c) => c !== null);
    case 'short':
      // Text that is only spaces or punctuation normalizes to nothing and could never match.
      return normalizeShortAnswer(usable.text) !== '';
    default:
      // single, truefalse and (a full permutation) ordering are complete once usable.
      return true;
  }
}
