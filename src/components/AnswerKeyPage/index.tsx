import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import AnswerKey from '@site/src/components/AnswerKey';
import type { AnswerKeyData } from '@site/src/quiz/answerKey';

interface Props {
  /** The course plugin's route module (plugins/course/answer-key.ts): every quiz's key. */
  answerKey: AnswerKeyData;
}

/**
 * /teach/answer-key?quizzes=a,b: the printable answer key. A route of the course plugin, so its
 * data loads on this page only. The query is read after hydration (the static HTML has none).
 */
export default function AnswerKeyPage({ answerKey }: Props): ReactNode {
  const baseUrl = useBaseUrl('/');
  const isBrowser = useIsBrowser();
  const { search } = useLocation();
  return (
    <Layout
      title="Answer key"
      description="The correct answers and explanations of the quizzes you chose on /teach, ready to print."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Answer key</Heading>
        <p>
          For teachers: the correct answer and explanation of each question. Keep it away from students, and
          see the <a href={`${baseUrl}docs/guides/for-teachers#printing`}>guide for teachers</a> on printing.
        </p>
        {isBrowser ? (
          <AnswerKey data={answerKey} search={search} baseUrl={baseUrl} />
        ) : (
          <p>Loading the answer key…</p>
        )}
      </main>
    </Layout>
  );
}
