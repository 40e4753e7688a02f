import type { QuizMode } from '@site/src/quiz';
import styles from './styles.module.css';

interface Props {
  quizId: string;
  mode: QuizMode;
  /** The attempt has begun, so its mode is fixed. */
  locked: boolean;
  finished: boolean;
  onChange: (mode: QuizMode) => void;
}

const LABELS: Record<QuizMode, string> = {
  practice: 'Practice: check each answer as you go',
  test: 'Test: answer everything, then see your result',
};

/**
 * Practice or test, as two toggle buttons rather than radios: arrowing through a radio group
 * changes its value, which here would change the quiz under the learner's hands. A locked switch
 * says why, and how to change mode (a new attempt).
 */
export function ModeSwitch({ quizId, mode, locked, finished, onChange }: Props) {
  const whyId = `${quizId}-mode-why`;
  return (
    <div className={styles.modes} role="group" aria-labelledby={`${quizId}-mode-label`}>
      <span id={`${quizId}-mode-label`} className={styles.modesLabel}>
        Mode
      </span>
      {(['practice', 'test'] as const).map((value) => (
        <button
          key={value}
          type="button"
          className={styles.modeButton}
          aria-pressed={mode === value}
          aria-disabled={locked}
          aria-describedby={locked ? whyId : undefined}
          onClick={() => (locked ? undefined : onChange(value))}
        >
          {/* The state is said by aria-pressed; the mark shows it without relying on colour (WCAG 1.4.1). */}
          <span aria-hidden="true">{mode === value ? '● ' : '○ '}</span>
          {LABELS[value]}
        </button>
      ))}
      {locked && (
        <p id={whyId} className={styles.modeWhy}>
          {finished
            ? 'To answer in another mode, start a new attempt below and choose the mode before you answer.'
            : 'The mode is fixed once you start answering. To change it, finish this attempt, then start a new one and choose the mode first.'}
        </p>
      )}
    </div>
  );
}
