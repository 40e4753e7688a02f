/**
 * After a review answer: the optional "how hard was it" choice (after a right answer only; the
 * engine's grade alone decides right or wrong) and the way on to the next question.
 */
import { useId } from 'react';
import clsx from 'clsx';
import type { ReviewOutcome, RightGrade } from '@site/src/review/reviewOutcome';
import { howSoon, whenDue } from '@site/src/review/reviewWords';
import styles from './styles.module.css';

const CHOICES: { grade: RightGrade; label: string }[] = [
  { grade: 'hard', label: 'Hard' },
  { grade: 'good', label: 'Good' },
  { grade: 'easy', label: 'Easy' },
];

/** "Right. It comes back in 9 days (…)." as the status line says it. */
export function comesBack(outcome: ReviewOutcome): string {
  const when = whenDue(outcome.saved.due, outcome.at);
  return outcome.correct
    ? `Saved: this question comes back ${when}.`
    : `Saved: you will see this question again ${when}.`;
}

interface Props {
  outcome: ReviewOutcome;
  onChoose: (grade: RightGrade) => void;
  onNext: () => void;
  isLast: boolean;
}

export function ReviewResult({ outcome, onChoose, onNext, isLast }: Props) {
  const id = useId();
  const { choices } = outcome;
  return (
    <div className={styles.result}>
      {choices && (
        <div role="group" aria-labelledby={`${id}-how`} className={styles.grades}>
          <p id={`${id}-how`} className={styles.gradesLabel}>
            How hard was it to remember? (optional: Good is already saved)
          </p>
          {CHOICES.map(({ grade, label }) => (
            <button
              key={grade}
              type="button"
              className={clsx(
                'button button--sm',
                outcome.chosen === grade ? 'button--primary' : 'button--secondary',
              )}
              aria-pressed={outcome.chosen === grade}
              onClick={() => onChoose(grade)}
            >
              {label}
              <span className={styles.gradeWhen}>: again {howSoon(choices[grade].due, outcome.at)}</span>
            </button>
          ))}
        </div>
      )}
      <button type="button" className="button button--primary" onClick={onNext}>
        {isLast ? 'Finish this review' : 'Next question'}
      </button>
    </div>
  );
}
