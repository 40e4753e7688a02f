import { forwardRef } from 'react';
import type { AttemptSummary, Quiz } from '@site/src/quiz';
import styles from './styles.module.css';

interface Props {
  quiz: Quiz;
  summary: AttemptSummary;
  /** Says where the pass mark comes from when it is not the quiz's own (an assignment's). */
  passMarkSource?: string;
  showCorrect: boolean;
  onRetry: () => void;
  onToggleShowCorrect: () => void;
}

const questionNumber = (quiz: Quiz, id: string) =>
  quiz.questions.findIndex((question) => question.id === id) + 1;

/** The end of an attempt: score, pass or not, and where to go back to for each question missed. */
export const Summary = forwardRef<HTMLHeadingElement, Props>(function Summary(
  { quiz, summary, passMarkSource, showCorrect, onRetry, onToggleShowCorrect },
  headingRef,
) {
  return (
    <section className={`${styles.summary} quiz-summary`} aria-labelledby={`${quiz.id}-result`}>
      <h3 id={`${quiz.id}-result`} ref={headingRef} tabIndex={-1}>
        Your result
      </h3>
      <p>
        You scored <strong>{summary.earned}</strong> of {summary.possible} marks (
        <strong>{summary.percent}%</strong>
        ). The pass mark{passMarkSource ? ` ${passMarkSource}` : ''} is {summary.passMark}%:{' '}
        <strong>{summary.passed ? 'passed.' : 'not passed yet.'}</strong>
      </p>
      {summary.toReview.length > 0 ? (
        <>
          <p>Questions to review:</p>
          <ul>
            {summary.toReview.map((item) => (
              <li key={item.questionId}>
                <a href={`#question-${item.questionId}`}>Question {questionNumber(quiz, item.questionId)}</a>
                {item.fraction > 0 ? ' (partly right)' : ''}
                {item.teaches && (
                  <>
                    {' '}
                    · <a href={item.teaches}>read the part of the lesson it tests</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Every question right.</p>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again (new attempt)
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={showCorrect}
          onClick={onToggleShowCorrect}
        >
          Show correct answers
        </button>
      </div>
    </section>
  );
});
