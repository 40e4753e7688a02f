import clsx from 'clsx';
import type { InputProps } from './inputProps';
import { Mark } from './Mark';
import styles from './styles.module.css';

type ChoiceType = 'single' | 'multiple';

/** Radios (single) or checkboxes (multiple) inside the question's fieldset; native controls for free keyboard use. */
export function ChoiceInput({
  question,
  nodes,
  response,
  order,
  locked,
  grade,
  showCorrect,
  idBase,
  onAnswer,
}: InputProps<ChoiceType>) {
  const multiple = question.type === 'multiple';
  const selected = new Set(
    response === null ? [] : response.type === 'single' ? [response.choice] : response.choices,
  );
  const toggle = (index: number) => {
    if (!multiple) return onAnswer({ type: 'single', choice: index });
    const next = new Set(selected);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    onAnswer({ type: 'multiple', choices: [...next].sort((a, b) => a - b) });
  };
  const outcomes =
    grade && (grade.parts.type === 'single' || grade.parts.type === 'multiple') ? grade.parts.options : null;
  return (
    <ul className={styles.choices}>
      {order.map((index) => {
        const option = question.options[index]!;
        const outcome = outcomes?.[index];
        const inputId = `${idBase}-option-${index}`;
        const feedbackId = `${inputId}-feedback`;
        // Single choice: the chosen option's feedback is in the question's status line (said once).
        const showFeedback = multiple && outcome?.selected && option.feedback;
        return (
          <li key={index} className={clsx(styles.choice, outcome?.selected && styles.chosen)}>
            <input
              id={inputId}
              type={multiple ? 'checkbox' : 'radio'}
              name={idBase}
              checked={selected.has(index)}
              disabled={locked}
              onChange={() => toggle(index)}
              aria-describedby={showFeedback ? feedbackId : undefined}
            />
            <label htmlFor={inputId}>{nodes.choices[index]}</label>
            {outcome?.selected && <Mark correct={option.correct} />}
            {showCorrect && option.correct && !outcome?.selected && <Mark correct label="correct answer" />}
            {showFeedback && (
              <p id={feedbackId} className={clsx(styles.optionFeedback, 'quiz-feedback')}>
                {option.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** True / false as two native radios. */
export function TrueFalseInput({
  question,
  response,
  locked,
  showCorrect,
  idBase,
  onAnswer,
}: InputProps<'truefalse'>) {
  return (
    <ul className={styles.choices}>
      {[true, false].map((value) => {
        const inputId = `${idBase}-${value}`;
        const chosen = response?.value === value;
        return (
          <li key={String(value)} className={clsx(styles.choice, chosen && styles.chosen)}>
            <input
              id={inputId}
              type="radio"
              name={idBase}
              checked={chosen}
              disabled={locked}
              onChange={() => onAnswer({ type: 'truefalse', value })}
            />
            <label htmlFor={inputId}>{value ? 'True' : 'False'}</label>
            {locked && chosen && <Mark correct={value === question.answer} />}
            {showCorrect && value === question.answer && !chosen && <Mark correct label="correct answer" />}
          </li>
        );
      })}
    </ul>
  );
}
