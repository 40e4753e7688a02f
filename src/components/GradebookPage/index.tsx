import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import useBaseUrl from '@docusaurus/useBaseUrl';
import GradebookView from '@site/src/components/GradebookView';
import type { GradebookQuestions } from '@site/src/classroom/itemAnalysis';

interface Props {
  /** The course plugin's route module (plugins/course/teacher-routes.ts): every question's choices. */
  questions: GradebookQuestions;
}

/**
 * /teach/gradebook: collect submission files and codes into a table, an item analysis and a CSV, all
 * in this browser. A route of the course plugin, so the questions' text loads on this page only.
 */
export default function GradebookPage({ questions }: Props): ReactNode {
  const baseUrl = useBaseUrl('/');
  return (
    <Layout
      title="Gradebook"
      description="Load your students' submission files or codes, see their results and what the class missed, and download a CSV for your LMS."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Gradebook</Heading>
        <p>
          Submissions are read in this browser only; nothing is uploaded. They are kept in this browser, with
          the assignment, until you clear them. See the{' '}
          <a href={`${baseUrl}docs/guides/for-teachers#grading`}>guide for teachers</a> for how to import the
          CSV into your LMS.
        </p>
        <GradebookView baseUrl={baseUrl} questions={questions} />
      </main>
    </Layout>
  );
}
