import type { InputProps } from './inputProps';
import { Mark } from './Mark';
import styles from './styles.module.css';

/** Classify: each statement is its own small radio group of the categories (native, keyboard-operable). */
export function ClassifyInput({
  question,
  nodes,
  response,
  order,
  locked,
  grade,
  showCorrect,
  idBase,
  onAnswer,
}: InputProps<'classify'>) {
  const count = question.statements.length;
  const chosen = response?.categories ?? Array<number | null>(count).fill(null);
  const outcomes = grade?.parts.type === 'classify' ? grade.parts.statements : null;
  const choose = (statement: number, category: number) => {
    const next = [...chosen];
    next[statement] = category;
    onAnswer({ type: 'classify', categories: next });
  };
  return (
    <ol className={styles.classify}>
      {order.map((statementIndex) => {
        const statement = question.statements[statementIndex]!;
        const outcome = outcomes?.[statementIndex];
        const groupName = `${idBase}-statement-${statementIndex}`;
        return (
          <li key={statementIndex} className={styles.statement}>
            <fieldset>
              <legend>{nodes.choices[statementIndex]}</legend>
              <div className={styles.categoryRow}>
                {question.categories.map((category, categoryIndex) => {
                  const inputId = `${groupName}-${categoryIndex}`;
                  return (
                    <span key={category} className={styles.category}>
                      <input
                        id={inputId}
                        type="radio"
                        name={groupName}
                        checked={chosen[statementIndex] === categoryIndex}
                        disabled={locked}
                        onChange={() => choose(statementIndex, categoryIndex)}
                      />
                      <label htmlFor={inputId}>{category}</label>
                    </span>
                  );
                })}
              </div>
              {outcome && <Mark correct={outcome.correct} />}
              {outcome && !outcome.correct && statement.feedback && (
                <p className={`${styles.optionFeedback} quiz-feedback`}>{statement.feedback}</p>
              )}
              {showCorrect && !outcome?.correct && (
                <p className={`${styles.correctInline} quiz-correct`}>Belongs under: {statement.category}</p>
              )}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
