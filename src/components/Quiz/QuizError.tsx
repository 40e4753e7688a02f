import styles from './styles.module.css';

/**
 * Shown instead of a quiz that cannot be read (for example while an instructor is editing it in
 * the live editor). The build catches these in lessons; this keeps the page working regardless.
 */
export function QuizError({ quizId, problems }: { quizId: string; problems: string[] }) {
  return (
    <div className={styles.error} role="alert">
      <p>
        <strong>This quiz{quizId ? ` (“${quizId}”)` : ''} has a problem and cannot be shown.</strong> If you
        are editing it, fix the following and save:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
