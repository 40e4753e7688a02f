/**
 * The scoring rules in words, one per question type, so the UI states to learners exactly what
 * grade.ts does. Keep the two in step: scoringRules.test.ts checks each claim against the grader.
 */
import type { QuestionType } from './schema';

/** Plain-language scoring rule for each question type, ready to show under a question. */
export const SCORING_RULES: Readonly<Record<QuestionType, string>> = {
  single: 'Choose one answer. You get the marks only if it is the right one.',
  multiple:
    'Tick every right answer. Each right answer you tick earns a share of the marks; each wrong answer you tick takes the same share away. Your score never goes below zero, so ticking every box earns nothing when there are as many wrong answers as right ones.',
  truefalse: 'Choose true or false. You get the marks only if your choice is right.',
  ordering:
    'Put the items in order. You earn a share of the marks for each item in its right place. Move an item, or choose "This order is my answer", to answer: left untouched, the question is unanswered and scores nothing.',
  matching:
    'Match each term. You earn a share of the marks for each right match; a term left unmatched counts as wrong, whether you check the question or finish the quiz.',
  classify:
    'Sort each statement into a category. You earn a share of the marks for each statement sorted right; a statement left unsorted counts as wrong, whether you check the question or finish the quiz.',
  short:
    'Type a short answer. Capital letters, extra spaces and punctuation around the answer do not matter. You get the marks only if it matches an accepted answer.',
};
