import Link from '@docusaurus/Link';
import { useOverallProgress } from '@site/src/course/useOverallProgress';
import { countOf } from '@site/src/text/plural';
import styles from './styles.module.css';

/** On the home page: where the learner left off and how far they are, once they have started. */
export default function ContinueLearning() {
  const { percent, lessonsComplete, lessons, lastPage } = useOverallProgress();
  if (!lastPage) return null;
  return (
    <section className={styles.continue} aria-labelledby="continue-heading">
      <h2 id="continue-heading">Welcome back</h2>
      <p>
        You are {percent}% of the way through the course ({lessonsComplete} of {countOf(lessons, 'lesson')}{' '}
        complete). <Link to={lastPage.path}>Continue where you left off: {lastPage.title}</Link>
        {' · '}
        <Link to="/progress">See your progress</Link>
      </p>
    </section>
  );
}
