/**
 * The attempt on screen for one quiz, read from the learner's saved record, and the one way to
 * change it. What the quiz renders comes from here and nothing else, so after a reload it shows
 * exactly what was saved: answers, checks and their feedback, hints, and a finished attempt's result.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useHydrated } from '../useHydrated';
import {
  answerEntry,
  attemptOf,
  questionContentHash,
  quizChange,
  questionScreen,
  type AnswerEntry,
  type AttemptAction,
  type Question,
  type QuestionScreen,
  type Quiz,
  type QuizAttempt,
} from '@site/src/quiz';
import { useQuizConnection } from './quizConnection';

const noRecord = () => undefined;

interface CachedScreen {
  entry: AnswerEntry;
  hash: string;
  mode: string;
  finished: boolean;
  screen: QuestionScreen;
}

// Keyed by the question object (stable while the quiz is on the page), so a question's screen is
// recomputed only when its saved entry, its hash, the mode or finishing changes, and the memoised
// question views re-render one at a time.
const screenCache = new WeakMap<Question, CachedScreen>();

function cachedScreen(question: Question, entry: AnswerEntry, hash: string, attempt: QuizAttempt) {
  const finished = attempt.finishedAt !== undefined;
  const cached = screenCache.get(question);
  if (
    cached &&
    cached.entry === entry &&
    cached.hash === hash &&
    cached.mode === attempt.mode &&
    cached.finished === finished
  ) {
    return cached.screen;
  }
  const screen = questionScreen(question, entry, hash, attempt.mode, finished);
  screenCache.set(question, { entry, hash, mode: attempt.mode, finished, screen });
  return screen;
}

function screensOf(quiz: Quiz, attempt: QuizAttempt, hashOf: (q: Question) => string) {
  const screens: Record<string, QuestionScreen> = {};
  for (const question of quiz.questions) {
    screens[question.id] = cachedScreen(
      question,
      answerEntry(attempt, question.id),
      hashOf(question),
      attempt,
    );
  }
  return screens;
}

export function useQuizAttempt(quiz: Quiz, passMark: number) {
  const connection = useQuizConnection();
  // The saved record shows once the page has hydrated (useHydrated): the quiz hydrates as the
  // server drew it, and a learner's answers arrive in the transition that follows. A learner who
  // answers before that transition lands sees the record at once, their answer in it: a tap is
  // never undone on screen, however slow the phone.
  const hydrated = useHydrated();
  const [answeredEarly, setAnsweredEarly] = useState(false);
  const showSaved = hydrated || answeredEarly;
  const record = useSyncExternalStore(
    connection.subscribe,
    showSaved ? () => connection.record(quiz.id) : noRecord,
    noRecord,
  );
  // The live editor's quizzes are not in the manifest: they fall back to a hash of what is on screen.
  const hashOf = useCallback(
    (question: Question) => connection.manifestHash?.(quiz.id, question.id) ?? questionContentHash(question),
    [connection, quiz.id],
  );
  const attempt = useMemo(() => attemptOf(quiz, record), [quiz, record]);
  const screens = useMemo(() => screensOf(quiz, attempt, hashOf), [quiz, attempt, hashOf]);
  // The pass mark through a ref: an assignment's pass mark arriving must not re-render every question.
  const passMarkRef = useRef(passMark);
  useEffect(() => {
    passMarkRef.current = passMark;
  }, [passMark]);
  const dispatch = useCallback(
    (action: AttemptAction) => {
      // Batched with the store's change into one urgent render (a no-op once it is true).
      setAnsweredEarly(true);
      connection.update(quiz.id, (saved, at, newId) =>
        quizChange(quiz, saved, action, { at, newId, hashOf }, passMarkRef.current),
      );
    },
    [connection, quiz, hashOf],
  );
  return { record, attempt, screens, hashOf, dispatch };
}
