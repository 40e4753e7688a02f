import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import useBaseUrl from '@docusaurus/useBaseUrl';
import GradebookView from '@site/src/components/GradebookView';

/** /teach/gradebook: collect submission files and codes into a table and a CSV, all in this browser. */
export default function GradebookPage(): ReactNode {
  const baseUrl = useBaseUrl('/');
  return (
    <Layout
      title="Gradebook"
      description="Load your students' submission files or codes, see their results in a table, and download a CSV for your LMS."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Gradebook</Heading>
        <p>
          Submissions are read in this browser only; nothing is uploaded. See the{' '}
          <a href={`${baseUrl}docs/guides/for-teachers#grading`}>guide for teachers</a> for how to import the
          CSV into your LMS.
        </p>
        <GradebookView baseUrl={baseUrl} />
      </main>
    </Layout>
  );
}
