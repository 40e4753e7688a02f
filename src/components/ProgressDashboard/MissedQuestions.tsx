import { useId } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { Link } from '../docusaurusClient';
import { continueTarget, missedLinks } from './dashboardData';
import styles from './styles.module.css';

interface Props {
  progress: ProgressEnvelope;
  outline: CourseOutline;
}

/** Links back to the questions whose latest answer was not fully right. */
export function MissedQuestions({ progress, outline }: Props) {
  const id = useId();
  const links = missedLinks(progress, outline);
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>Questions you missed most</h2>
      <p>
        A question counts as missed when your latest answer to it, in practice or in a test, was not fully
        right. Answer it right and it leaves this list.
      </p>
      {links.length === 0 ? (
        <p>
          {Object.keys(progress.questions).length === 0
            ? 'None yet: you have not answered any questions.'
            : 'None: every question you have answered was right the last time you answered it.'}
        </p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.questionId}>
              <Link to={link.href}>{link.text}</Link>
              {link.partly ? ' (partly right)' : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Continue where you left off", when the last page visited is known and is on this site. */
export function ContinueLink({ progress }: { progress: ProgressEnvelope }) {
  const id = useId();
  const target = continueTarget(progress);
  if (!target) return null;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>Continue where you left off</h2>
      <p>
        <Link to={target.path}>{target.title}</Link>
      </p>
    </section>
  );
}
