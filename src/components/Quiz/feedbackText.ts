import type { GradeResult, Question } from '@site/src/quiz';

/** Round to at most two decimals for display ("2.5 of 3 marks"). */
const marks = (value: number) => String(Math.round(value * 100) / 100);

/**
 * The words put in the question's live region after checking: a verdict first (so a screen reader
 * user hears it at once), then the chosen option's own feedback for single-choice questions, right
 * or wrong. That feedback is said here only, not again under the option.
 */
export function feedbackText(question: Question, grade: GradeResult): string {
  const verdict = grade.correct
    ? 'Correct.'
    : grade.fraction > 0
      ? `Partly right: ${marks(grade.earned)} of ${marks(grade.possible)} marks.`
      : 'Not quite.';
  if (grade.parts.type === 'single' && question.type === 'single') {
    const chosen = grade.parts.options.findIndex((option) => option.selected);
    const feedback = chosen >= 0 ? question.options[chosen]?.feedback : undefined;
    if (feedback) return `${verdict.replace(/\.$/, ':')} ${feedback}`;
  }
  return `${verdict} The explanation follows.`;
}

/** Message shown when the learner presses Check before answering. */
export const ANSWER_FIRST = 'Answer the question first, then check it.';
