import { Link } from '../docusaurusClient';
import { useOverallProgress } from '@site/src/course/useOverallProgress';
import { useDueCount } from '@site/src/review/useDueCount';
import { countOf, pluralWord } from '@site/src/text/plural';
import styles from './styles.module.css';

/**
 * On the home page: where the learner left off and how far they are, once they have started, and
 * how many questions are due for review ("N to review", as in the navbar).
 */
export default function ContinueLearning() {
  const { percent, lessonsComplete, lessons, lastPage } = useOverallProgress();
  const due = useDueCount();
  if (!lastPage && due === 0) return null;
  return (
    <section className={styles.continue} aria-labelledby="continue-heading">
      <h2 id="continue-heading">Welcome back</h2>
      {lastPage && (
        <p>
          You are {percent}% of the way through the course ({lessonsComplete} of {countOf(lessons, 'lesson')}{' '}
          complete). <Link to={lastPage.path}>Continue where you left off: {lastPage.title}</Link>
          {' · '}
          <Link to="/progress">See your progress</Link>
        </p>
      )}
      {due > 0 && (
        <p>
          {countOf(due, 'question')} from earlier lessons {pluralWord(due, 'is')} due for review, so that you
          keep what you learned. <Link to="/review">{due} to review</Link>
        </p>
      )}
    </section>
  );
}
