import { useEffect, useRef } from 'react';
import type { Question, QuestionScreen, Quiz } from '@site/src/quiz';
import { countOf, pluralWord } from '@site/src/text/plural';
import styles from './styles.module.css';

interface Props {
  quiz: Quiz;
  notAnswered: Question[];
  screens: Readonly<Record<string, QuestionScreen>>;
  onFinish: () => void;
  onCancel: () => void;
}

/**
 * Asked before finishing with questions left: how many, with a link to each, in the page (never a
 * browser dialog). Focus moves to its heading so screen-reader users hear the question at once.
 */
export function FinishConfirm({ quiz, notAnswered, screens, onFinish, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const count = notAnswered.length;
  const id = `${quiz.id}-finish-confirm`;
  return (
    <section className={styles.confirm} aria-labelledby={id}>
      <h4 id={id} ref={heading} tabIndex={-1}>
        {countOf(count, 'question')} {pluralWord(count, 'is')} not fully answered
      </h4>
      <p>
        An unanswered question scores nothing; a term or statement left unplaced counts as wrong. Finish
        anyway, or go back to:
      </p>
      <ul>
        {notAnswered.map((question) => {
          const number = quiz.questions.indexOf(question) + 1;
          const partly = screens[question.id]?.answered === 'partly';
          return (
            <li key={question.id}>
              <a href={`#question-${question.id}`}>Question {number}</a>
              {partly ? ' (partly answered)' : ' (not answered)'}
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onFinish}>
          Finish anyway
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Keep answering
        </button>
      </div>
    </section>
  );
}
