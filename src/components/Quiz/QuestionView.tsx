import { Children, isValidElement, memo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import {
  SCORING_RULES,
  attemptSeed,
  isResponseComplete,
  shuffledOrder,
  type Question,
  type QuestionState,
  type Quiz,
  type QuizAction,
  type Response,
} from '@site/src/quiz';
import { ChoiceInput, TrueFalseInput } from './ChoiceInput';
import { ClassifyInput } from './ClassifyInput';
import { MatchingInput } from './MatchingInput';
import { OrderingInput } from './OrderingInput';
import { ShortInput } from './ShortInput';
import { ANSWER_FIRST, feedbackText } from './feedbackText';
import type { InputProps } from './inputProps';
import type { QuestionNodes } from './readQuiz';
import styles from './styles.module.css';

const PARTIAL_CREDIT = new Set(['multiple', 'ordering', 'matching', 'classify']);

interface Props {
  quiz: Quiz;
  question: Question;
  nodes: QuestionNodes;
  state: QuestionState;
  mode: Quiz['mode'];
  submitted: boolean;
  attempt: number;
  showCorrect: boolean;
  number: number;
  dispatch: (action: QuizAction) => void;
  onCheck: (question: Question, response: Response) => void;
  /** The learner answered an earlier version of this question; their old answer was not carried over. */
  changedSinceAnswered?: boolean;
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

/** The answer the learner has given, or for an untouched ordering question the order on screen. */
export function effectiveResponse(
  question: Question,
  state: QuestionState,
  order: number[],
): Response | null {
  if (state.response) return state.response;
  return question.type === 'ordering' ? { type: 'ordering', order } : null;
}

/** One question. Memoised: the quiz re-renders when progress arrives, its questions need not. */
export const QuestionView = memo(function QuestionView(props: Props) {
  const { quiz, question, nodes, state, mode, submitted, attempt, showCorrect, number, dispatch, onCheck } =
    props;
  const { changedSinceAnswered = false } = props;
  const [nudge, setNudge] = useState('');
  const idBase = `${quiz.id}--${question.id}`;
  const order = displayOrder(quiz, question, attempt);
  const grade = state.checked;
  const locked = grade !== null || submitted;
  const check = () => {
    if (locked) return;
    const response = effectiveResponse(question, state, order);
    if (!response || !isResponseComplete(question, response)) return setNudge(ANSWER_FIRST);
    setNudge('');
    onCheck(question, response);
  };
  const onAnswer = (response: Response) => dispatch({ type: 'answer', questionId: question.id, response });
  const common = { nodes, order, locked, grade, showCorrect: showCorrect && submitted, idBase, onAnswer };
  const input = (() => {
    // Each branch narrows the question and its response to one type for the matching input.
    const as = <T,>(value: unknown) => value as T;
    switch (question.type) {
      case 'single':
      case 'multiple':
        return (
          <ChoiceInput
            {...as<InputProps<'single' | 'multiple'>>({ ...common, question, response: state.response })}
          />
        );
      case 'truefalse':
        return (
          <TrueFalseInput
            {...as<InputProps<'truefalse'>>({ ...common, question, response: state.response })}
          />
        );
      case 'ordering':
        return (
          <OrderingInput {...as<InputProps<'ordering'>>({ ...common, question, response: state.response })} />
        );
      case 'matching':
        return (
          <MatchingInput {...as<InputProps<'matching'>>({ ...common, question, response: state.response })} />
        );
      case 'classify':
        return (
          <ClassifyInput {...as<InputProps<'classify'>>({ ...common, question, response: state.response })} />
        );
      case 'short':
        return (
          <ShortInput
            {...as<InputProps<'short'>>({ ...common, question, response: state.response })}
            onEnter={() => (mode === 'practice' ? check() : undefined)}
          />
        );
    }
  })();
  const hintsLeft = question.hints.length - state.hintsShown;
  return (
    <li
      id={`question-${question.id}`}
      className={clsx(styles.question, grade && (grade.correct ? styles.gotRight : styles.gotWrong))}
    >
      {changedSinceAnswered && !state.response && (
        <p className={styles.changed}>
          This question changed since you answered it, so your earlier answer was not carried over. Please
          answer it again.
        </p>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <span className={styles.questionNumber}>
            Question {number} of {quiz.questions.length}
          </span>
          {promptForLegend(nodes.prompt)}
        </legend>
        {PARTIAL_CREDIT.has(question.type) && <p className={styles.rule}>{SCORING_RULES[question.type]}</p>}
        {input}
      </fieldset>
      {state.hintsShown > 0 && (
        <ol className={clsx(styles.hints, 'quiz-hints')} aria-label="Hints">
          {nodes.hints.slice(0, state.hintsShown).map((hint, index) => (
            <li key={index}>
              <strong>Hint {index + 1}:</strong> {hint}
            </li>
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        {question.hints.length > 0 && !locked && (
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-disabled={hintsLeft === 0}
            onClick={() => dispatch({ type: 'revealHint', questionId: question.id })}
          >
            {hintsLeft === 0
              ? 'No more hints'
              : `Show a hint (${state.hintsShown + 1} of ${question.hints.length})`}
          </button>
        )}
        {mode === 'practice' && !submitted && (
          <button
            type="button"
            className="button button--primary button--sm"
            aria-disabled={locked}
            onClick={check}
          >
            {locked ? 'Checked' : 'Check answer'}
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
