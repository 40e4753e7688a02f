/**
 * /review: the questions due for review, one at a time, across all lessons. Each is the lesson's
 * own question, graded by the quiz engine; the answer reschedules it (src/review/scheduler.ts, FSRS).
 * The server HTML says "loading": what is due is known only from progress saved in this browser.
 */
import { type RefObject, useRef } from 'react';
import { countOf, pluralWord } from '@site/src/text/plural';
import { dueCount, nextDueAt, scheduledCount } from '@site/src/review/due';
import { whenDue } from '@site/src/review/reviewWords';
import { Link } from '../docusaurusClient';
import { LessonLoader } from './LessonLoader';
import { ReviewQuestion } from './ReviewQuestion';
import { type ReviewSessionState, useReviewSession } from './useReviewSession';
import styles from './styles.module.css';

// Read the ref only once the next screen is drawn: the heading may be a new element by then.
const focusSoon = (ref: RefObject<HTMLElement | null>) => requestAnimationFrame(() => ref.current?.focus());

export default function ReviewSession({ now = Date.now }: { now?: () => number }) {
  const session = useReviewSession(now);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { queue, position } = session;
  if (queue === null) return <p className={styles.note}>Loading the questions due for review…</p>;
  const item = queue[position];
  if (!item)
    return <NothingDue session={session} reviewed={queue.length} now={now} headingRef={headingRef} />;
  const goOn = () => {
    session.next();
    focusSoon(headingRef);
  };
  const missing = (
    <div className={styles.result}>
      <p>This question could not be loaded. It stays due; you can answer it in its lesson instead.</p>
      <button type="button" className="button button--secondary" onClick={goOn}>
        Skip it
      </button>
    </div>
  );
  return (
    <section aria-labelledby="review-question-heading" className={styles.session}>
      <h2 id="review-question-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        From “{item.lessonTitle}”
      </h2>
      <p className={styles.meta}>
        {countOf(queue.length - position, 'question')} left in this review ·{' '}
        <Link to={`${item.permalink}#question-${item.questionId}`}>Open the lesson</Link>
      </p>
      <LessonLoader
        key={`${position}-${item.questionId}`}
        item={item}
        missing={missing}
        loading={<p className={styles.note}>Loading the question…</p>}
      >
        {(read) => (
          <ReviewQuestion
            item={item}
            read={read}
            number={position + 1}
            total={queue.length}
            now={now}
            onGraded={(correct) => session.grade(item, correct)}
            onChoose={(outcome, chosen) => session.choose(item, outcome, chosen)}
            onNext={goOn}
            isLast={position === queue.length - 1}
          />
        )}
      </LessonLoader>
    </section>
  );
}

interface NothingDueProps {
  session: ReviewSessionState;
  reviewed: number;
  now: () => number;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Nothing (more) due: how the session went, when the next question comes back, and how review works. */
function NothingDue({ session, reviewed, now, headingRef }: NothingDueProps) {
  const time = now();
  const next = nextDueAt(session.review, session.course, time);
  const due = dueCount(session.review, session.course, time);
  const scheduled = scheduledCount(session.review, session.course);
  return (
    <section aria-labelledby="review-done-heading" className={styles.session}>
      <h2 id="review-done-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {reviewed > 0 ? `Review done: ${countOf(reviewed, 'question')}` : 'Nothing to review right now'}
      </h2>
      {scheduled === 0 && (
        <p>
          No questions to review yet. Every question you answer in a lesson’s quiz comes back here later: a
          question you missed the next day, one you got right a few days after. Begin with{' '}
          <Link to="/docs/start-here">Start here</Link>.
        </p>
      )}
      {next !== null && (
        <p>
          {countOf(scheduled, 'question')} {pluralWord(scheduled, 'is')} in your review. The next one is due{' '}
          {whenDue(next, time)}.
        </p>
      )}
      {due > 0 && (
        <>
          <p>
            {countOf(due, 'question')} still {pluralWord(due, 'is')} due.
          </p>
          <button type="button" className="button button--primary" onClick={session.restart}>
            Review {due === 1 ? 'it' : 'them'} now
          </button>
        </>
      )}
    </section>
  );
}
