/**
 * Checks a certificate: the reader types the code and the fields printed on it, and learns whether
 * they match. It needs no progress: it works for anyone's certificate, in any browser.
 */
import { type FormEvent, useId, useState } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import { getOwn } from '@site/src/progress/schema';
import { type CertificateFields, certificateScopes } from './certificateData';
import { normalizeCode, verificationCode } from './verificationCode';
import { ScopeSelect } from './ScopeSelect';
import styles from './styles.module.css';

type Verdict = 'match' | 'mismatch' | 'bad-code' | 'incomplete' | null;

const VERDICTS: Record<Exclude<Verdict, null>, string> = {
  match:
    'The code matches: this certificate says what it said when it was printed. (This does not show who earned it.)',
  mismatch:
    'The code does not match these fields. Something on the printout differs from what was printed (the name, the date, the part of the course or a score), or a field or the code was typed differently.',
  'bad-code': 'That is not a verification code: it has 10 letters and digits, such as 7XQ2M-4KD9R.',
  incomplete: 'Fill in the name, the date and every score first.',
};

interface Props {
  outline: Pick<CourseOutline, 'units' | 'quizzes'>;
  course: string;
}

export default function CertificateCheck({ outline, course }: Props) {
  const id = useId();
  const scopes = certificateScopes(outline);
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [verdict, setVerdict] = useState<Verdict>(null);
  const scope = scopes.find((s) => s.id === scopeId) ?? scopes[0];
  const quizzesOf = (unit: (typeof scopes)[number]['units'][number]) =>
    unit.lessons
      .filter((lesson) => lesson.quizIds.length > 0)
      .flatMap((lesson) =>
        lesson.quizIds.map((quizId) => ({
          quizId,
          title: getOwn(outline.quizzes, quizId)?.title ?? lesson.title,
        })),
      );

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!scope) return;
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim();
    const code = normalizeCode(text('code'));
    if (!code) return setVerdict('bad-code');
    const scores = scope.units.flatMap((unit) =>
      quizzesOf(unit).map(({ quizId }) => text(`score-${quizId}`)),
    );
    if (!text('name') || !text('date') || scores.some((score) => score === ''))
      return setVerdict('incomplete');
    const fields: CertificateFields = {
      course,
      scope: scope.label,
      name: text('name'),
      date: text('date'),
      units: scope.units.map((unit) => ({
        label: unit.label,
        quizzes: quizzesOf(unit).map(({ quizId, title }) => ({
          title,
          score: Number(text(`score-${quizId}`).replace('%', '')),
        })),
      })),
    };
    setVerdict(verificationCode(fields) === code ? 'match' : 'mismatch');
  };

  return (
    <form className={styles.form} onSubmit={check} onChange={() => setVerdict(null)} noValidate>
      <label>
        Verification code
        <input name="code" type="text" autoComplete="off" spellCheck={false} placeholder="7XQ2M-4KD9R" />
      </label>
      <ScopeSelect label="The certificate is for" scopes={scopes} value={scope?.id} onChange={setScopeId} />
      <label>
        Name as printed
        <input name="name" type="text" autoComplete="off" />
      </label>
      <label>
        Date of completion as printed
        <input name="date" type="date" />
      </label>
      {scope?.units.map((unit) => (
        <fieldset key={`${scope.id}/${unit.id}`} className={styles.unit}>
          <legend>Best scores printed for {unit.label}</legend>
          {quizzesOf(unit).map(({ quizId, title }) => (
            <label key={quizId}>
              {title} (%)
              <input name={`score-${quizId}`} type="number" min={0} max={100} step={1} inputMode="numeric" />
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button button--primary">
        Check the code
      </button>
      <p role="status" id={`${id}-verdict`} className={styles.result}>
        {verdict ? VERDICTS[verdict] : ''}
      </p>
    </form>
  );
}
