import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import CertificateCheck from '@site/src/components/Certificate/CertificateCheck';
import { useCertificateSite } from '@site/src/components/Certificate/siteInfo';
import { useCourseOutline } from '@site/src/course/useCourseOutline';

/** /certificate: checks a certificate of completion's verification code against its printed fields. */
export default function CertificatePage(): ReactNode {
  const outline = useCourseOutline();
  const { course } = useCertificateSite();
  return (
    <Layout
      title="Check a certificate"
      description="Check the verification code of a certificate of completion of this course against the name, date and scores printed on it."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Check a certificate</Heading>
        <p>
          Type the verification code and the fields printed on a certificate of completion. If the code
          matches, nothing on the printout was changed after it was printed.
        </p>
        <p>
          What it does not prove: who earned it, or that the quizzes were taken honestly. The course keeps
          each learner’s progress in their own browser, with no account and no server, so a certificate is a
          record the learner printed, not one the course vouches for. For graded work, use your LMS (see the{' '}
          <Link to="/docs/guides/for-teachers">guide for teachers</Link>).
        </p>
        <CertificateCheck outline={outline} course={course} />
      </main>
    </Layout>
  );
}
