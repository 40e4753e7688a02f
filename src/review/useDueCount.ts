/**
 * "N to review" for the navbar and the home page: a number selected from the saved progress, so a
 * recorded visit or an answer elsewhere re-renders nothing unless the count changes. Plain code
 * only (./due.ts): the scheduler never loads outside /review.
 */
import { useEffect, useMemo, useState } from 'react';
import { useCourseOutline } from '../course/useCourseOutline';
import { useProgressSelector } from '../progress/useProgress';
import { courseQuestions } from './courseQuestions';
import { dueCount } from './due';

const MINUTE = 60_000;

/** The time, read again every minute and whenever the page comes back into view. */
export function useMinuteClock(now: () => number = Date.now): number {
  // The first value is read when the component first renders in the browser (hydration included),
  // so there is no need to read it again at once: that would re-render the navbar after hydration.
  const [time, setTime] = useState(now);
  useEffect(() => {
    const tick = () => setTime(now());
    const timer = setInterval(tick, MINUTE);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [now]);
  return time;
}

/** The course questions that can come up for review (memoised per outline). */
export function useCourseQuestions() {
  const outline = useCourseOutline();
  return useMemo(() => courseQuestions(outline), [outline]);
}

/** How many questions are due for review now; 0 before saved progress is known (server, hydration). */
export function useDueCount(now?: () => number): number {
  const course = useCourseQuestions();
  const time = useMinuteClock(now);
  return useProgressSelector((progress) => dueCount(progress.review, course, time));
}
