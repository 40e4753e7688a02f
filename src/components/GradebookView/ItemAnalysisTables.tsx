import type { AssignmentItem } from '@site/src/classroom/assignment';
import type { ItemResult } from '@site/src/classroom/itemAnalysis';
import styles from './styles.module.css';

interface Props {
  quizzes: readonly AssignmentItem[];
  results: readonly ItemResult[];
  students: number;
}

const prompt = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text);

/**
 * What the class missed, one table per quiz: each question, how many got it right, the most common
 * wrong choice, and a link to the lesson section that teaches it. Counts are words, not bars.
 */
export default function ItemAnalysisTables({ quizzes, results, students }: Props) {
  return (
    <>
      {quizzes.map((quiz) => {
        const rows = results.filter((result) => result.quizId === quiz.id);
        if (rows.length === 0) return null;
        return (
          <div key={quiz.id} className={styles.scroll}>
            <table className={styles.items}>
              <caption>Question by question: {quiz.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Right</th>
                  <th scope="col">Most common wrong answer</th>
                  <th scope="col">Taught in</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ question, answered, right, earlierVersion, commonWrong }) => (
                  <tr key={question.id}>
                    <th scope="row">{prompt(question.prompt)}</th>
                    <td>
                      {answered === 0 ? 'Nobody answered' : `${right} of ${answered}`}
                      {answered > 0 && answered < students && ` (${students - answered} did not answer)`}
                      {earlierVersion > 0 &&
                        `; ${earlierVersion} answered an earlier version of this question, not counted`}
                    </td>
                    <td>
                      {commonWrong
                        ? `${commonWrong.text} (${commonWrong.count} ${commonWrong.count === 1 ? 'student' : 'students'})`
                        : 'None'}
                    </td>
                    <td>
                      <a href={question.href}>
                        Lesson section <span className="visually-hidden">for: {prompt(question.prompt)}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
