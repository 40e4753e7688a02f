/**
 * One question on /review: the lesson's own question view (src/components/Quiz/QuestionView), in
 * practice mode, graded by the quiz engine on "Check answer". Then the outcome: when it comes back,
 * and after a right answer the optional "how hard was it" choice.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  answerEntry,
  applyAttemptAction,
  type AttemptAction,
  blankAttempt,
  gradeQuestion,
  liveResponse,
  questionScreen,
  type QuizAttempt,
} from '@site/src/quiz';
import type { DueQuestion } from '@site/src/review/due';
import type { ReviewOutcome } from '@site/src/review/reviewOutcome';
import { QuestionView } from '../Quiz/QuestionView';
import { comesBack, ReviewResult } from './ReviewResult';
import type { LessonQuestion } from './readLessonQuestion';
import styles from './styles.module.css';

interface Props {
  item: DueQuestion;
  read: LessonQuestion;
  number: number;
  total: number;
  now: () => number;
  /** Saves the graded answer's schedule and returns the outcome (null when nothing could be saved). */
  onGraded: (correct: boolean) => ReviewOutcome | null;
  onChoose: (outcome: ReviewOutcome, chosen: 'hard' | 'good' | 'easy') => ReviewOutcome;
  onNext: () => void;
  isLast: boolean;
}

export function ReviewQuestion({
  item,
  read,
  number,
  total,
  now,
  onGraded,
  onChoose,
  onNext,
  isLast,
}: Props) {
  const { question, nodes } = read;
  // A quiz of this one question, in practice mode: Check grades it, as in a lesson.
  const quiz = useMemo(
    () => ({ ...read.quiz, mode: 'practice' as const, questions: [question] }),
    [read.quiz, question],
  );
  const [attempt, setAttempt] = useState<QuizAttempt>(() => ({ ...blankAttempt(quiz), mode: 'practice' }));
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  // Changed only by dispatch, so it always holds the attempt on screen.
  const attemptRef = useRef(attempt);
  const hashOf = useCallback(() => item.hash, [item.hash]);
  const dispatch = useCallback(
    (action: AttemptAction) => {
      const before = attemptRef.current;
      const after = applyAttemptAction(quiz, before, action, { at: now(), newId: () => 'review', hashOf });
      if (after === before) return;
      attemptRef.current = after;
      setAttempt(after);
      if (action.type !== 'check') return;
      const response = liveResponse(question, answerEntry(after, question.id), item.hash);
      if (response) setOutcome(onGraded(gradeQuestion(question, response).correct));
    },
    [quiz, question, item.hash, hashOf, now, onGraded],
  );
  const screen = useMemo(() => {
    const shown = questionScreen(question, answerEntry(attempt, question.id), item.hash, 'practice', false);
    // A review is one try: its answer is what the schedule was set by.
    return { ...shown, canRetry: false };
  }, [question, attempt, item.hash]);
  // A fresh order of choices at every review (an ordering question is always shuffled).
  const seed = (item.record.memory?.reps ?? 1) + 1;
  return (
    <>
      {item.changed && (
        <p className={styles.note}>
          This question changed since you last answered it, so its review schedule starts again.
        </p>
      )}
      <ol className={styles.question}>
        <QuestionView
          quiz={quiz}
          question={question}
          nodes={nodes}
          screen={screen}
          mode="practice"
          finished={false}
          attemptNumber={seed}
          showCorrect={false}
          number={number}
          total={total}
          dispatch={dispatch}
        />
      </ol>
      {/* In the page before any answer, so what it says is announced (WCAG 4.1.3). */}
      <p role="status" className={styles.outcome}>
        {outcome ? comesBack(outcome) : ''}
      </p>
      {outcome && (
        <ReviewResult
          outcome={outcome}
          onChoose={(chosen) => setOutcome(onChoose(outcome, chosen))}
          onNext={onNext}
          isLast={isLast}
        />
      )}
    </>
  );
}
