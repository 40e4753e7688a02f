/**
 * A quiz on screen: its questions, the learner's answers and the result. Takes a quiz that has
 * been read and is valid (./readQuiz). Everything it shows comes from the saved attempt
 * (./useQuizAttempt), and every change goes back through it.
 */
import { useMemo, useRef, useState } from 'react';
import { hasStarted, questionContentHash, summarizeAttempt, type Quiz as QuizData } from '@site/src/quiz';
import { countOf } from '@site/src/text/plural';
import { FinishConfirm } from './FinishConfirm';
import { ModeSwitch } from './ModeSwitch';
import { QuestionView } from './QuestionView';
import { QuizError } from './QuizError';
import { Summary } from './Summary';
import type { QuestionNodes, ReadQuiz } from './readQuiz';
import { useQuizAttempt } from './useQuizAttempt';
import { useAssignmentPassMark } from '../AssignmentBanner/useAssignmentPassMark';
import styles from './styles.module.css';

/** A quiz that was read: the quiz, or the author's mistakes in it. */
export function QuizFromRead({ quizId, read }: { quizId: string; read: ReadQuiz }) {
  if (!read.ok) return <QuizError quizId={quizId} problems={read.problems} />;
  // A changed quiz (e.g. in the live editor) starts afresh rather than mixing old answers in.
  const key = read.quiz.questions.map(questionContentHash).join('.');
  return <QuizRunner key={key} quiz={read.quiz} nodes={read.nodes} />;
}

function QuizRunner({ quiz, nodes }: { quiz: QuizData; nodes: Record<string, QuestionNodes> }) {
  // An assignment the learner is working on sets the pass mark for its quizzes.
  const assigned = useAssignmentPassMark(quiz.id);
  const passMark = assigned?.passMark ?? quiz.passMark;
  const { record, attempt, screens, hashOf, dispatch } = useQuizAttempt(quiz, passMark);
  const [confirming, setConfirming] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const finished = attempt.finishedAt !== undefined;
  // A finished attempt is shown as it was recorded: judged by the pass mark that counted then.
  const recordedPassMark = record?.attempts.find((a) => a.id === attempt.id)?.passMark;
  const judgedBy = finished ? (recordedPassMark ?? passMark) : passMark;
  const summary = useMemo(
    () => (finished ? summarizeAttempt(quiz, attempt, hashOf, judgedBy) : null),
    [finished, quiz, attempt, hashOf, judgedBy],
  );
  const passMarkSource =
    assigned && assigned.passMark === judgedBy ? `set by your assignment “${assigned.title}”` : undefined;
  const notAnswered = quiz.questions.filter((q) => screens[q.id]?.answered !== 'fully');

  const finish = () => {
    setConfirming(false);
    dispatch({ type: 'finish' });
    // Focus moves to the result so keyboard and screen-reader users land on it (WCAG 2.4.3).
    requestAnimationFrame(() => summaryHeading.current?.focus());
  };
  const askToFinish = () => (notAnswered.length > 0 ? setConfirming(true) : finish());
  const keepAnswering = () => {
    setConfirming(false);
    requestAnimationFrame(() => finishButton.current?.focus());
  };
  const retry = () => {
    dispatch({ type: 'newAttempt' });
    requestAnimationFrame(() => titleRef.current?.focus());
  };
  const titleId = `${quiz.id}-title`;
  return (
    <section className={styles.quiz} aria-labelledby={titleId} data-quiz-id={quiz.id}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1} className={styles.title}>
        {quiz.title ?? 'Quiz'}
        {attempt.number > 1 && <span className={styles.attempt}>{` · attempt ${attempt.number}`}</span>}
      </h3>
      <noscript>
        <p className={styles.noscript}>
          Answering this quiz needs JavaScript. You can still read the questions.
        </p>
      </noscript>
      <ModeSwitch
        quizId={quiz.id}
        mode={attempt.mode}
        locked={hasStarted(attempt)}
        finished={finished}
        onChange={(mode) => dispatch({ type: 'setMode', mode })}
      />
      <p className={styles.rule}>
        {countOf(quiz.questions.length, 'question')} · pass mark {passMark}%
        {assigned && ` (set by your assignment “${assigned.title}”)`}
      </p>
      <ol className={styles.questions}>
        {quiz.questions.map((question, index) => (
          <QuestionView
            key={question.id}
            quiz={quiz}
            question={question}
            nodes={nodes[question.id]!}
            screen={screens[question.id]!}
            mode={attempt.mode}
            finished={finished}
            attemptNumber={attempt.number}
            showCorrect={finished && attempt.showCorrect === true}
            number={index + 1}
            dispatch={dispatch}
          />
        ))}
      </ol>
      {summary ? (
        <Summary
          ref={summaryHeading}
          quiz={quiz}
          summary={summary}
          passMarkSource={passMarkSource}
          showCorrect={attempt.showCorrect === true}
          onRetry={retry}
          onToggleShowCorrect={() => dispatch({ type: 'toggleShowCorrect' })}
        />
      ) : confirming && notAnswered.length > 0 ? (
        <FinishConfirm
          quiz={quiz}
          notAnswered={notAnswered}
          screens={screens}
          onFinish={finish}
          onCancel={keepAnswering}
        />
      ) : (
        <div className={styles.actions}>
          <button ref={finishButton} type="button" className="button button--primary" onClick={askToFinish}>
            {attempt.mode === 'test' ? 'Submit answers' : 'Finish and see my result'}
          </button>
        </div>
      )}
    </section>
  );
}
