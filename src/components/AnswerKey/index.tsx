import {
  ALL_QUIZZES,
  answerKeyHref,
  requestedQuizIds,
  selectAnswerKey,
  type AnswerKeyData,
  type AnswerKeyQuestion,
} from '@site/src/quiz/answerKey';
import styles from './styles.module.css';

interface Props {
  data: AnswerKeyData;
  /** The page's query string, e.g. `?quizzes=u1-dpa,u1-case-2026`; empty before hydration. */
  search: string;
  baseUrl: string;
  /** Opens the browser's print dialog; `window.print` unless a test passes its own. */
  onPrint?: () => void;
}

function QuestionKey({ question, number }: { question: AnswerKeyQuestion; number: number }) {
  const List = question.answer.ordered ? 'ol' : 'ul';
  return (
    <li className={styles.question}>
      <h3 className={styles.prompt}>
        <strong>{number}.</strong> {question.prompt}
      </h3>
      <p className={styles.label}>{question.answer.label}:</p>
      <List className={styles.answers}>
        {question.answer.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </List>
      <p>
        <strong>Explanation:</strong> {question.explanation}
      </p>
    </li>
  );
}

/** The answer key for the quizzes the query string names; text only, the data holds no HTML. */
export default function AnswerKey({ data, search, baseUrl, onPrint = () => window.print() }: Props) {
  const requested = requestedQuizIds(search);
  const { quizzes, unknown } = selectAnswerKey(data, requested);
  const allHref = `${baseUrl}${answerKeyHref([ALL_QUIZZES])}`;
  return (
    <>
      {unknown.length > 0 && (
        <p className={styles.warning}>
          No quiz has the id {unknown.map((id) => `“${id}”`).join(', ')}; it may have been renamed. Choose the
          quizzes again on <a href={`${baseUrl}teach`}>Create an assignment</a>.
        </p>
      )}
      {quizzes.length === 0 ? (
        <p>
          Choose quizzes on <a href={`${baseUrl}teach`}>Create an assignment</a> first, then use “Print answer
          key”. Or show <a href={allHref}>the answer key for every quiz</a>.
        </p>
      ) : (
        <>
          <p className={styles.actions}>
            <button type="button" className="button button--primary" onClick={onPrint}>
              Print
            </button>{' '}
            {quizzes.length} {quizzes.length === 1 ? 'quiz' : 'quizzes'}. Printed, the key leaves out the
            site’s menus and this button.
          </p>
          {quizzes.map((quiz) => (
            <section key={quiz.id} aria-labelledby={`answer-key-${quiz.id}`}>
              <h2 id={`answer-key-${quiz.id}`}>Quiz: {quiz.title}</h2>
              <p>
                Lesson: <a href={quiz.permalink}>{quiz.lessonTitle}</a> · {quiz.questions.length}{' '}
                {quiz.questions.length === 1 ? 'question' : 'questions'}
              </p>
              <ol className={styles.questions}>
                {quiz.questions.map((question, index) => (
                  <QuestionKey key={question.id} question={question} number={index + 1} />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </>
  );
}
