import type { InputProps } from './inputProps';
import { Mark } from './Mark';
import styles from './styles.module.css';

const CHOOSE = 'Choose a match…';

/** Matching with one native select per term: no dragging, and every control is named by its term. */
export function MatchingInput({
  question,
  response,
  order,
  locked,
  grade,
  showCorrect,
  idBase,
  onAnswer,
}: InputProps<'matching'>) {
  const count = question.pairs.length;
  const matches = response?.matches ?? Array<number | null>(count).fill(null);
  const outcomes = grade?.parts.type === 'matching' ? grade.parts.pairs : null;
  const choose = (term: number, value: string) => {
    const next = [...matches];
    next[term] = value === '' ? null : Number(value);
    onAnswer({ type: 'matching', matches: next });
  };
  return (
    <>
      <ul className={styles.matching}>
        {question.pairs.map((pair, term) => {
          const selectId = `${idBase}-term-${term}`;
          const chosen = matches[term] ?? null;
          return (
            <li key={term} className={styles.matchRow}>
              <div className={styles.matchTermLine}>
                <label htmlFor={selectId} className={styles.matchTerm}>
                  {pair.term}
                </label>
                {/* Beside the term, not after the select: marking a row must not make it taller and
                    push the Check button down out of view. */}
                {outcomes && <Mark correct={outcomes[term]?.correct ?? false} />}
              </div>
              <span className={styles.matchChoice}>
                <span className={styles.matchFace} aria-hidden="true">
                  {chosen === null ? CHOOSE : question.pairs[chosen]!.match}
                </span>
                <select
                  id={selectId}
                  value={chosen ?? ''}
                  disabled={locked}
                  onChange={(event) => choose(term, event.target.value)}
                >
                  <option value="">{CHOOSE}</option>
                  {order.map((matchIndex) => (
                    <option key={matchIndex} value={matchIndex}>
                      {question.pairs[matchIndex]!.match}
                    </option>
                  ))}
                </select>
              </span>
              {showCorrect && !outcomes?.[term]?.correct && (
                <p className="quiz-correct">Correct match: {pair.match}</p>
              )}
            </li>
          );
        })}
      </ul>
      {/* Paper has no drop-downs, so the worksheet lists the choices (print.css shows this only in print).
          aria-hidden: on screen the same choices are already the options of every select. */}
      <div className="quiz-print-only quiz-match-choices" aria-hidden="true">
        <p>Choices (write the letter of the right one on each line):</p>
        <ol type="A">
          {order.map((matchIndex) => (
            <li key={matchIndex}>{question.pairs[matchIndex]!.match}</li>
          ))}
        </ol>
      </div>
    </>
  );
}
