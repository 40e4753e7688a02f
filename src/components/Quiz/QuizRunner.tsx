/**
 * A quiz on screen: its questions, the learner's answers and the result. Takes a quiz that has
 * been read and is valid (./readQuiz); reports every answer to the progress store.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import {
  gradeQuestion,
  initialQuizState,
  questionContentHash,
  quizReducer,
  summarizeAttempt,
  type Question,
  type Quiz as QuizData,
  type QuizAction,
  type Response,
} from '@site/src/quiz';
import { QuestionView, displayOrder, effectiveResponse } from './QuestionView';
import { QuizError } from './QuizError';
import { Summary } from './Summary';
import { useQuizConnection } from './quizEvents';
import type { QuestionNodes, ReadQuiz } from './readQuiz';
import styles from './styles.module.css';

/** A quiz that was read: the quiz, or the author's mistakes in it. */
export function QuizFromRead({ quizId, read }: { quizId: string; read: ReadQuiz }) {
  if (!read.ok) return <QuizError quizId={quizId} problems={read.problems} />;
  // A changed quiz (e.g. in the live editor) starts a fresh attempt rather than mixing old answers in.
  const key = read.quiz.questions.map(questionContentHash).join('.');
  return <QuizRunner key={key} quiz={read.quiz} nodes={read.nodes} />;
}

function QuizRunner({ quiz, nodes }: { quiz: QuizData; nodes: Record<string, QuestionNodes> }) {
  const [state, dispatch] = useReducer(quizReducer, quiz, (data) => initialQuizState(data));
  const { report, savedAnswer, ready, manifestHash } = useQuizConnection();
  // The live editor's quizzes are not in the manifest: they fall back to a hash of what is on screen.
  const hashOf = useCallback(
    (question: Question) => manifestHash?.(quiz.id, question.id) ?? questionContentHash(question),
    [manifestHash, quiz.id],
  );
  const restored = useRef(false);
  // Once saved progress is readable (after hydration), put back the learner's earlier answers. A
  // question whose content changed since is not re-scored: the learner is told and answers again.
  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    for (const question of quiz.questions) {
      const saved = savedAnswer(quiz.id, question.id);
      if (!saved) continue;
      if (saved.hash === hashOf(question)) {
        const checked = gradeQuestion(question, saved.response);
        dispatch({ type: 'restore', questionId: question.id, response: saved.response, checked });
      }
    }
  }, [ready, savedAnswer, hashOf, quiz]);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const answeredEarlierVersion = (question: Question) => {
    const saved = savedAnswer(quiz.id, question.id);
    return saved !== null && saved.hash !== hashOf(question);
  };
  const submitted = state.phase === 'submitted';
  const started = Object.values(state.questions).some((q) => q.response !== null || q.checked !== null);

  // Stable, so a question re-renders only when its own state changes (QuestionView is memoised):
  // progress read after hydration or a recorded visit must not re-render every input on the page.
  const onCheck = useCallback(
    (question: Question, response: Response) => {
      dispatch({ type: 'answer', questionId: question.id, response });
      dispatch({ type: 'check', questionId: question.id });
      report({
        kind: 'checked',
        quizId: quiz.id,
        questionId: question.id,
        response,
        grade: gradeQuestion(question, response),
        hash: hashOf(question),
      });
    },
    [report, quiz.id, hashOf],
  );
  const submit = () => {
    // Untouched ordering questions are graded in the order shown, as the learner left them.
    const actions: QuizAction[] = [];
    for (const question of quiz.questions) {
      const current = state.questions[question.id];
      if (question.type === 'ordering' && current && !current.response && !current.checked) {
        const response = effectiveResponse(question, current, displayOrder(quiz, question, state.attempt));
        if (response) actions.push({ type: 'answer', questionId: question.id, response });
      }
    }
    actions.push({ type: 'submit' });
    actions.forEach(dispatch);
    // The reducer is pure, so the finished attempt can be computed here to report it once.
    const finishedState = actions.reduce(quizReducer, state);
    const summary = summarizeAttempt(quiz, finishedState);
    report({ kind: 'finished', quizId: quiz.id, attempt: state.attempt, mode: state.mode, summary });
    // Focus moves to the result so keyboard and screen-reader users land on it (WCAG 2.4.3).
    requestAnimationFrame(() => summaryHeading.current?.focus());
  };
  const finished = useMemo(
    () => (submitted ? summarizeAttempt(quiz, state) : null),
    [quiz, state, submitted],
  );
  const retry = () => {
    dispatch({ type: 'retry' });
    requestAnimationFrame(() => titleRef.current?.focus());
  };
  const titleId = `${quiz.id}-title`;
  return (
    <section className={styles.quiz} aria-labelledby={titleId} data-quiz-id={quiz.id}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1} className={styles.title}>
        {quiz.title ?? 'Quiz'}
        {state.attempt > 1 && <span className={styles.attempt}>{` · attempt ${state.attempt}`}</span>}
      </h3>
      <noscript>
        <p className={styles.noscript}>
          Answering this quiz needs JavaScript. You can still read the questions.
        </p>
      </noscript>
      <fieldset className={styles.modes} disabled={started || submitted}>
        <legend>Mode</legend>
        {(['practice', 'test'] as const).map((mode) => (
          <label key={mode} className={styles.mode}>
            <input
              type="radio"
              name={`${quiz.id}-mode`}
              checked={state.mode === mode}
              onChange={() => dispatch({ type: 'setMode', mode })}
            />
            {mode === 'practice'
              ? 'Practice: check each answer as you go'
              : 'Test: answer everything, then see your result'}
          </label>
        ))}
      </fieldset>
      <p className={styles.rule}>
        {quiz.questions.length} questions · pass mark {quiz.passMark}%
      </p>
      <ol className={styles.questions}>
        {quiz.questions.map((question, index) => (
          <QuestionView
            key={question.id}
            quiz={quiz}
            question={question}
            nodes={nodes[question.id]!}
            state={state.questions[question.id]!}
            mode={state.mode}
            submitted={submitted}
            attempt={state.attempt}
            showCorrect={state.showCorrect}
            number={index + 1}
            dispatch={dispatch}
            onCheck={onCheck}
            changedSinceAnswered={ready && answeredEarlierVersion(question)}
          />
        ))}
      </ol>
      {finished ? (
        <Summary
          ref={summaryHeading}
          quiz={quiz}
          summary={finished}
          showCorrect={state.showCorrect}
          onRetry={retry}
          onToggleShowCorrect={() => dispatch({ type: 'toggleShowCorrect' })}
        />
      ) : (
        <div className={styles.actions}>
          <button type="button" className="button button--primary" onClick={submit}>
            {state.mode === 'test' ? 'Submit answers' : 'Finish and see my result'}
          </button>
        </div>
      )}
    </section>
  );
}
