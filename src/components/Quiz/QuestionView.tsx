import { Children, isValidElement, memo, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import {
  SCORING_RULES,
  attemptSeed,
  shuffledOrder,
  type AttemptAction,
  type Question,
  type QuestionScreen,
  type Quiz,
  type QuizMode,
  type Response,
} from '@site/src/quiz';
import { ChoiceInput, TrueFalseInput } from './ChoiceInput';
import { ClassifyInput } from './ClassifyInput';
import { MatchingInput } from './MatchingInput';
import { OrderingInput } from './OrderingInput';
import { ShortInput } from './ShortInput';
import { ANSWER_FIRST, feedbackText } from './feedbackText';
import type { InputProps } from './inputProps';
import { keepInPlace } from './keepInPlace';
import type { QuestionNodes } from './readQuiz';
import styles from './styles.module.css';

const PARTIAL_CREDIT = new Set(['multiple', 'ordering', 'matching', 'classify']);

interface Props {
  quiz: Quiz;
  question: Question;
  nodes: QuestionNodes;
  screen: QuestionScreen;
  mode: QuizMode;
  finished: boolean;
  attemptNumber: number;
  showCorrect: boolean;
  number: number;
  /** "Question {number} of {total}": the quiz's length unless given (/review counts its session). */
  total?: number;
  dispatch: (action: AttemptAction) => void;
}

/** The order choices are shown in: seeded per attempt, so it is stable on reload and in the server HTML. */
export function displayOrder(quiz: Quiz, question: Question, attempt: number): number[] {
  const count =
    'options' in question
      ? question.options.length
      : 'items' in question
        ? question.items.length
        : 'pairs' in question
          ? question.pairs.length
          : 'statements' in question
            ? question.statements.length
            : 0;
  // An ordering question is always shuffled: shown in authored order it would give the answer away.
  if (!quiz.shuffle && question.type !== 'ordering') return [...Array(count).keys()];
  return shuffledOrder(count, attemptSeed(quiz.id, question.id, attempt));
}

/** Paragraphs become block spans so the whole prompt can sit inside the fieldset's legend. */
function promptForLegend(prompt: ReactNode[]): ReactNode {
  return Children.map(prompt, (node) =>
    isValidElement<{ children?: ReactNode }>(node) && node.type === 'p' ? (
      <span className={styles.promptParagraph}>{node.props.children}</span>
    ) : (
      node
    ),
  );
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), button';

/** One question. Memoised: it re-renders only when its own screen (or the attempt's mode) changes. */
export const QuestionView = memo(function QuestionView(props: Props) {
  const { quiz, question, nodes, screen, mode, finished, attemptNumber, showCorrect, number, dispatch } =
    props;
  const total = props.total ?? quiz.questions.length;
  const [nudge, setNudge] = useState('');
  const item = useRef<HTMLLIElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  const idBase = `${quiz.id}--${question.id}`;
  const order = displayOrder(quiz, question, attemptNumber);
  const { grade, locked, response } = screen;
  const check = () => {
    if (locked) return;
    if (screen.answered === 'no') return setNudge(ANSWER_FIRST);
    setNudge('');
    keepInPlace(checkButton.current);
    dispatch({ type: 'check', questionId: question.id });
  };
  const tryAgain = () => {
    dispatch({ type: 'retryQuestion', questionId: question.id });
    // The button goes away with the check: put focus on the question's first control instead.
    requestAnimationFrame(() => item.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus());
  };
  const onAnswer = (next: Response) => {
    setNudge('');
    dispatch({ type: 'answer', questionId: question.id, response: next });
  };
  const keepOrder = () => {
    onAnswer({ type: 'ordering', order });
    // The button goes away once the order is an answer: go on to Check, or to the list itself.
    const next = checkButton.current ?? item.current?.querySelector<HTMLElement>(FOCUSABLE);
    requestAnimationFrame(() => next?.focus());
  };
  const common = { nodes, order, locked, grade, showCorrect, idBase, onAnswer };
  const input = (() => {
    // Each branch narrows the question and its response to one type for the matching input.
    const as = <T,>(value: unknown) => value as T;
    switch (question.type) {
      case 'single':
      case 'multiple':
        return <ChoiceInput {...as<InputProps<'single' | 'multiple'>>({ ...common, question, response })} />;
      case 'truefalse':
        return <TrueFalseInput {...as<InputProps<'truefalse'>>({ ...common, question, response })} />;
      case 'ordering':
        return <OrderingInput {...as<InputProps<'ordering'>>({ ...common, question, response })} />;
      case 'matching':
        return <MatchingInput {...as<InputProps<'matching'>>({ ...common, question, response })} />;
      case 'classify':
        return <ClassifyInput {...as<InputProps<'classify'>>({ ...common, question, response })} />;
      case 'short':
        return (
          <ShortInput
            {...as<InputProps<'short'>>({ ...common, question, response })}
            onEnter={() => (mode === 'practice' ? check() : undefined)}
          />
        );
    }
  })();
  const hintsLeft = question.hints.length - screen.hintsShown;
  return (
    <li
      ref={item}
      id={`question-${question.id}`}
      className={clsx(styles.question, grade && (grade.correct ? styles.gotRight : styles.gotWrong))}
    >
      {screen.changedSinceAnswered && (
        <p className={styles.changed}>
          This question changed since you answered it, so your earlier answer was not carried over. Please
          answer it again.
        </p>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <span className={styles.questionNumber}>
            Question {number} of {total}
          </span>
          {promptForLegend(nodes.prompt)}
        </legend>
        {PARTIAL_CREDIT.has(question.type) && <p className={styles.rule}>{SCORING_RULES[question.type]}</p>}
        {input}
      </fieldset>
      {screen.hintsShown > 0 && (
        <ul className={clsx(styles.hints, 'quiz-hints')} aria-label="Hints">
          {nodes.hints.slice(0, screen.hintsShown).map((hint, index) => (
            <li key={index}>
              <strong>Hint {index + 1}:</strong> {hint}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        {question.type === 'ordering' && response === null && !locked && (
          <button type="button" className="button button--secondary button--sm" onClick={keepOrder}>
            This order is my answer
          </button>
        )}
        {question.hints.length > 0 && !locked && (
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-disabled={hintsLeft === 0}
            onClick={() => dispatch({ type: 'revealHint', questionId: question.id })}
          >
            {hintsLeft === 0
              ? 'No more hints'
              : `Show a hint (${screen.hintsShown + 1} of ${question.hints.length})`}
          </button>
        )}
        {mode === 'practice' && !finished && (
          // Stays in place once checked (as "Checked"), so focus is not dropped (WCAG 2.4.3).
          <button
            ref={checkButton}
            type="button"
            className="button button--primary button--sm"
            aria-disabled={locked}
            onClick={check}
          >
            {locked ? 'Checked' : 'Check answer'}
          </button>
        )}
        {screen.canRetry && (
          <button type="button" className="button button--secondary button--sm" onClick={tryAgain}>
            Try this question again
          </button>
        )}
      </div>
      <p role="status" className={styles.status}>
        {grade ? feedbackText(question, grade) : nudge}
      </p>
      {grade && (
        <div className={clsx(styles.explanation, 'quiz-explanation')}>
          <p className={styles.explanationTitle}>Why</p>
          {nodes.explanation}
          {question.teaches && (
            <p>
              <a href={question.teaches}>Read this part of the lesson again</a>
            </p>
          )}
        </div>
      )}
    </li>
  );
});
