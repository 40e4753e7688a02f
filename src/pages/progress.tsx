import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import ProgressDashboard from '@site/src/components/ProgressDashboard';

/** /progress: the learner's own progress, export, import and reset (all kept in this browser). */
export default function ProgressPage(): ReactNode {
  return (
    <Layout
      title="Your progress"
      description="Your quiz results and lesson progress in this course, kept in this browser, with export, import and reset."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Your progress</Heading>
        <ProgressDashboard />
      </main>
    </Layout>
  );
}
