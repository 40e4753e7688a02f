/**
 * The certificate as printed: the learner's name, what they completed and when, each unit with its
 * quizzes' best scores, and the verification code with what it does and does not prove.
 */
import { useId } from 'react';
import { type CertificateFields, WHOLE_COURSE } from './certificateData';
import styles from './styles.module.css';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "5 December 2026" for "2026-12-05" (a calendar day: no time zone applies). */
export function dayInWords(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return dayFormat.format(new Date(year!, month! - 1, day!));
}

interface Props {
  fields: CertificateFields;
  code: string;
  /** The address of the page that checks a code (printed, so a reader can find it). */
  checkAddress: string;
}

export function CertificateSheet({ fields, code, checkAddress }: Props) {
  const id = useId();
  const what =
    fields.scope === WHOLE_COURSE ? 'the open course' : `${fields.scope}, a unit of the open course`;
  return (
    <article className={styles.sheet} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.sheetTitle}>
        Certificate of completion
      </h2>
      <p className={styles.sheetLead}>This certifies that</p>
      <p className={styles.sheetName}>{fields.name}</p>
      <p className={styles.sheetLead}>completed {what}</p>
      <p className={styles.sheetCourse}>{fields.course}</p>
      <p className={styles.sheetLead}>
        on {dayInWords(fields.date)}, passing every quiz with these best scores:
      </p>
      <table className={styles.scores}>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Quiz</th>
            <th scope="col">Best score</th>
          </tr>
        </thead>
        <tbody>
          {fields.units.flatMap((unit) =>
            unit.quizzes.map((quiz, index) => (
              <tr key={`${unit.label}/${quiz.title}`}>
                <td>{index === 0 ? unit.label : ''}</td>
                <td>{quiz.title}</td>
                <td>{quiz.score}%</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <p className={styles.code}>
        Verification code: <strong data-verification-code>{code}</strong>
      </p>
      <p className={styles.fine}>
        To check this certificate, enter the code and the fields above at {checkAddress}. A matching code
        shows that nothing on this printout was changed after it was printed. It does not show who earned it:
        the course keeps progress in the learner’s own browser, with no account and no server.
      </p>
    </article>
  );
}
