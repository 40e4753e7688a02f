import type { InputProps } from './inputProps';
import { Mark } from './Mark';
import styles from './styles.module.css';

/** Short answer: one labelled text box; Enter checks the answer in practice mode. */
export function ShortInput({
  question,
  response,
  locked,
  grade,
  showCorrect,
  idBase,
  onAnswer,
  onEnter,
}: InputProps<'short'> & { onEnter: () => void }) {
  const inputId = `${idBase}-text`;
  return (
    <div className={`${styles.short} quiz-short`}>
      <label htmlFor={inputId}>Your answer</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={response?.text ?? ''}
        readOnly={locked}
        onChange={(event) => onAnswer({ type: 'short', text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onEnter();
          }
        }}
      />
      {grade && <Mark correct={grade.correct} />}
      {showCorrect && (
        <p className={`${styles.correctInline} quiz-correct`}>
          Accepted answers: {question.answers.join(' · ')}
        </p>
      )}
    </div>
  );
}
