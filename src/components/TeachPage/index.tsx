import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import useBaseUrl from '@docusaurus/useBaseUrl';
import TeachBuilder from '@site/src/components/TeachBuilder';
import type { TeachPageData } from '@site/src/classroom/lessonTimes';

interface Props {
  /** The course plugin's route module (plugins/course/teacher-routes.ts): each lesson's estimated time. */
  teachData: TeachPageData;
}

/**
 * /teach: the assignment builder (everything stays in the link; nothing is sent anywhere). A route
 * of the course plugin, so the lesson times load on this page only. On paper only the handout
 * prints (`teach-page` and `teach-handout` in src/css/print.css).
 */
export default function TeachPage({ teachData }: Props): ReactNode {
  const baseUrl = useBaseUrl('/');
  return (
    <Layout
      title="Create an assignment"
      description="Choose lessons and quizzes, set a due date and pass mark, and get an assignment link, QR code and printable handout."
    >
      <main className="container margin-vert--lg teach-page">
        <Heading as="h1">Create an assignment</Heading>
        <p>
          Choose what students should do, then share the link. Everything is stored in the link itself: no
          account, and nothing is sent to a server. The{' '}
          <a href={`${baseUrl}docs/guides/for-teachers`}>guide for teachers</a> explains each step. To run the
          course inside your LMS with grades in its gradebook, use the{' '}
          <a href={`${baseUrl}docs/guides/lms-scorm`}>SCORM packages</a>.
        </p>
        <TeachBuilder baseUrl={baseUrl} times={teachData} />
      </main>
    </Layout>
  );
}
