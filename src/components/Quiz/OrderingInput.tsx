import { useState } from 'react';
import type { InputProps } from './inputProps';
import { Mark } from './Mark';
import styles from './styles.module.css';

/**
 * Ordering with "Move up" / "Move down" buttons: operable by keyboard and switch access without
 * dragging (WCAG 2.5.7). The buttons stay focusable at the ends (aria-disabled, not disabled) so
 * focus is never dropped, and each move is announced in a polite live region.
 */
export function OrderingInput({
  question,
  nodes,
  response,
  order,
  locked,
  grade,
  showCorrect,
  onAnswer,
}: InputProps<'ordering'>) {
  const [announcement, setAnnouncement] = useState('');
  const current = response?.order ?? order;
  const positions = grade?.parts.type === 'ordering' ? grade.parts.positions : null;
  const move = (from: number, to: number) => {
    if (locked || to < 0 || to >= current.length) return;
    const next = [...current];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onAnswer({ type: 'ordering', order: next });
    setAnnouncement(`“${question.items[item!]}” moved to position ${to + 1} of ${next.length}.`);
  };
  return (
    <>
      <ol className={`${styles.ordering} quiz-screen-only`}>
        {current.map((itemIndex, position) => {
          const text = question.items[itemIndex];
          const atTop = position === 0;
          const atBottom = position === current.length - 1;
          return (
            <li key={itemIndex} className={styles.orderItem}>
              <span className={styles.orderText}>{nodes.choices[itemIndex]}</span>
              {!locked && (
                <span className={styles.orderButtons}>
                  <button
                    type="button"
                    className={styles.smallButton}
                    aria-label={`Move “${text}” up`}
                    aria-disabled={atTop}
                    onClick={() => move(position, position - 1)}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    className={styles.smallButton}
                    aria-label={`Move “${text}” down`}
                    aria-disabled={atBottom}
                    onClick={() => move(position, position + 1)}
                  >
                    ↓ Down
                  </button>
                </span>
              )}
              {positions && <Mark correct={positions[position]?.correct ?? false} />}
            </li>
          );
        })}
      </ol>
      {/* The worksheet lists the items in this attempt's starting order, not as the learner arranged
          them (that would print their answer). Print only; aria-hidden as the list above says the same. */}
      <ol className="quiz-print-only quiz-ordering" aria-hidden="true">
        {order.map((itemIndex) => (
          <li key={itemIndex}>{nodes.choices[itemIndex]}</li>
        ))}
      </ol>
      {showCorrect && (
        <div className={`${styles.correctAnswer} quiz-correct`}>
          <p>The right order:</p>
          <ol>
            {question.items.map((_, index) => (
              <li key={index}>{nodes.choices[index]}</li>
            ))}
          </ol>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
