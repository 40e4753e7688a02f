import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import useBaseUrl from '@docusaurus/useBaseUrl';
import TeachBuilder from '@site/src/components/TeachBuilder';

/** /teach: the assignment builder (everything stays in the link; nothing is sent anywhere). */
export default function TeachPage(): ReactNode {
  const baseUrl = useBaseUrl('/');
  return (
    <Layout
      title="Create an assignment"
      description="Choose lessons and quizzes, set a due date and pass mark, and get an assignment link, QR code and printable handout."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Create an assignment</Heading>
        <p>
          Choose what students should do, then share the link. Everything is stored in the link itself: no
          account, and nothing is sent to a server. The{' '}
          <a href={`${baseUrl}docs/guides/for-teachers`}>guide for teachers</a> explains each step. To run the
          course inside your LMS with grades in its gradebook, use the{' '}
          <a href={`${baseUrl}docs/guides/lms-scorm`}>SCORM packages</a>.
        </p>
        <TeachBuilder baseUrl={baseUrl} />
      </main>
    </Layout>
  );
}
