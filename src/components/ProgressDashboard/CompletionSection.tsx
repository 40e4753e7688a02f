/**
 * Completion on /progress: says which parts of the course are complete and offers a printable
 * certificate for them. The certificate code (and its hash) loads only when asked for.
 */
import { lazy, Suspense, useId, useState } from 'react';
import type { CourseOutline } from '@site/src/course/courseOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { completedScopes, WHOLE_COURSE } from '../Certificate/certificateData';
import { useCertificateSite } from '../Certificate/siteInfo';
import { Link } from '../docusaurusClient';
import styles from './styles.module.css';

const CertificateMaker = lazy(() => import('../Certificate/CertificateMaker'));

interface Props {
  progress: ProgressEnvelope;
  outline: CourseOutline;
}

export function CompletionSection({ progress, outline }: Props) {
  const id = useId();
  const [making, setMaking] = useState(false);
  const { course, checkPath } = useCertificateSite();
  const scopes = completedScopes(progress, outline);
  const courseDone = scopes[0]?.label === WHOLE_COURSE;
  const units = scopes.filter((scope) => scope.label !== WHOLE_COURSE).map((scope) => scope.label);
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section}>
      <h2 id={`${id}-heading`}>Completion and certificate</h2>
      {courseDone ? (
        <p>You have completed the course: every lesson’s quiz is passed. Well done.</p>
      ) : units.length > 0 ? (
        <p>
          You have completed {units.length === 1 ? 'this unit' : 'these units'}: {units.join(', ')}. The
          course is complete when every unit is.
        </p>
      ) : (
        <p>
          A unit is complete when you have passed the quiz of each of its lessons, and the course when every
          unit is. You can then print a certificate of completion here.
        </p>
      )}
      {scopes.length > 0 &&
        (making ? (
          <Suspense fallback={<p>Loading the certificate…</p>}>
            <CertificateMaker
              progress={progress}
              outline={outline}
              scopes={scopes}
              course={course}
              checkAddress={`${window.location.origin}${checkPath}`}
            />
          </Suspense>
        ) : (
          <button type="button" className="button button--primary" onClick={() => setMaking(true)}>
            Make a certificate
          </button>
        ))}
      <p>
        Someone showed you a certificate? <Link to="/certificate">Check its verification code</Link>.
      </p>
    </section>
  );
}
