import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import ReviewSession from '@site/src/components/ReviewSession';

/** /review: spaced review of the questions answered in lessons (kept in this browser). */
export default function ReviewPage(): ReactNode {
  return (
    <Layout
      title="Review"
      description="Answer again the quiz questions that are due, so that you remember what you learned; each answer sets when the question comes back."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Review</Heading>
        <p>
          Questions from the lessons come back here over days and weeks: a question you missed the next day,
          one you got right later, and later again each time you remember it. Answering a question again just
          as you are about to forget it is one of the best-tested ways to remember for longer. Your schedule
          is kept in this browser with the rest of your progress.
        </p>
        <ReviewSession />
      </main>
    </Layout>
  );
}
