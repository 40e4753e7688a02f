import { useSyncExternalStore } from 'react';
import type { ProgressSource } from '../lmsSession';
import type { LmsFailure } from '../lmsConnection';
import type { PackageScope } from '../packageScope';
import { reportCard } from '../reportCard';
import styles from './styles.module.css';

/** Whether the LMS is taking what the course sends. */
export type ConnectionState =
  | { kind: 'saving' }
  | { kind: 'not-saving'; failure: LmsFailure }
  | { kind: 'no-session'; failure: LmsFailure | null }
  | { kind: 'no-lms' };

interface Props {
  title: string;
  scope: PackageScope;
  store: ProgressSource;
  quizTitles: Readonly<Record<string, { title: string; permalink: string }>>;
  connection: ConnectionState;
  unreadableSave?: boolean;
}

function failureWords(failure: LmsFailure | null): string {
  if (!failure) return '';
  const code = failure.code !== '0' ? ` error ${failure.code}` : '';
  return ` (it answered${code}: ${failure.message || 'no reason given'})`;
}

/**
 * A bar above the course, in SCORM packages only: which LMS activity this is, what counts towards it
 * and how far the learner is, and, in an alert, when the LMS is not saving. The alert region exists
 * before any message, so screen readers announce the message when it appears (WCAG 4.1.3).
 */
export default function LmsStatus({
  title,
  scope,
  store,
  quizTitles,
  connection,
  unreadableSave = false,
}: Props) {
  const progress = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const card = reportCard(progress, scope);
  const passed = card.quizzes.filter((quiz) => quiz.passed).length;
  const problem =
    connection.kind === 'not-saving' || connection.kind === 'no-session'
      ? `Your LMS is not saving your progress${failureWords(connection.failure)}. Your answers stay in this browser, so nothing is lost; tell your teacher if this message stays.`
      : null;
  return (
    <aside className={styles.bar} aria-label="LMS activity">
      <p className={styles.line}>
        <strong>{title}</strong>{' '}
        {connection.kind === 'no-lms'
          ? 'is not running in an LMS: nothing is reported, and your progress stays in this browser.'
          : connection.kind === 'saving'
            ? 'reports your score, status and answers to your LMS.'
            : null}{' '}
        <span>
          {passed} of {card.quizzes.length} quizzes passed
          {card.score === null ? '' : `, score ${card.score}%`}.
        </span>
      </p>
      <div role="alert" className={problem ? styles.alert : undefined}>
        {problem}
      </div>
      {unreadableSave && (
        <p className={styles.line}>
          Your LMS returned saved progress that this version of the course cannot read, so your answers come
          from this browser only. Your next answer replaces what the LMS holds.
        </p>
      )}
      <details className={styles.details}>
        <summary>What counts</summary>
        <p>
          Your score is the mean of your best result in each quiz below (a quiz not yet finished counts 0).
          The activity is passed when every quiz reaches its pass mark, and complete when every page of it is
          done.
        </p>
        <ul>
          {card.quizzes.map((quiz) => (
            <li key={quiz.quizId}>
              <a href={`#${quizTitles[quiz.quizId]?.permalink ?? scope.start}`}>
                {quizTitles[quiz.quizId]?.title ?? quiz.quizId}
              </a>
              {quiz.passed
                ? ' (passed)'
                : quiz.best === null
                  ? ' (not finished yet)'
                  : ` (best ${quiz.best}%)`}
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
