/**
 * Makes a certificate for a completed part of the course: the learner types their name (kept in
 * this component's state only: never saved, so it is typed again next time), picks the part and the
 * paper, sees the certificate, and prints it. Loaded only when the learner asks for a certificate.
 */
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { certificateFields, type CertificateScope } from './certificateData';
import { CertificateSheet } from './CertificateSheet';
import { ScopeSelect } from './ScopeSelect';
import { verificationCode } from './verificationCode';
import styles from './styles.module.css';

// Fixed text, chosen by the paper select: nothing typed by the learner ever reaches a <style>.
const PAGE_RULES = {
  a4: '@page { size: A4 portrait; margin: 12mm; }',
  letter: '@page { size: letter portrait; margin: 12mm; }',
} as const;
type Paper = keyof typeof PAGE_RULES;

interface Props {
  progress: ProgressEnvelope;
  outline: Pick<CourseOutline, 'quizzes'>;
  /** The completed parts, the whole course first when it is complete. */
  scopes: readonly CertificateScope[];
  course: string;
  checkAddress: string;
}

export default function CertificateMaker({ progress, outline, scopes, course, checkAddress }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [paper, setPaper] = useState<Paper>('a4');
  const scope = scopes.find((s) => s.id === scopeId) ?? scopes[0];
  const fields =
    scope && name.trim() ? certificateFields(progress, outline, scope, course, name.trim()) : null;
  const code = fields ? verificationCode(fields) : '';
  return (
    <div className={styles.form}>
      {scopes.length > 1 && (
        <ScopeSelect label="Certificate for" scopes={scopes} value={scope?.id} onChange={setScopeId} />
      )}
      <label>
        Your name, as it should be printed
        <input
          type="text"
          autoComplete="name"
          maxLength={120}
          value={name}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <span id={`${id}-name-hint`} className={styles.hint}>
          Used for this certificate only: it is not saved anywhere, so you type it again next time.
        </span>
      </label>
      <label>
        Paper
        <select value={paper} onChange={(event) => setPaper(event.target.value as Paper)}>
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      {fields ? (
        <>
          <CertificateSheet fields={fields} code={code} checkAddress={checkAddress} />
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print the certificate
          </button>
          {createPortal(
            // A copy for paper only: hidden on screen, and from assistive technology (it repeats the preview).
            <div className={styles.printCopy} data-certificate-print aria-hidden="true">
              <style>{PAGE_RULES[paper]}</style>
              <CertificateSheet fields={fields} code={code} checkAddress={checkAddress} />
            </div>,
            document.body,
          )}
        </>
      ) : (
        <p className={styles.hint}>Type your name to see the certificate.</p>
      )}
    </div>
  );
}
