import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ContinueLearning from '@site/src/components/ContinueLearning';
import styles from './index.module.css';

const UNITS = [
  {
    to: '/docs/unit-1-two-levers/overview',
    title: 'Unit 1: Two levers',
    summary:
      'The Defense Production Act, which can compel a company to serve the government, and a “supply chain risk” designation, which can shut a company out.',
  },
  {
    to: '/docs/unit-2-usage-policies/overview',
    title: 'Unit 2: Usage policies',
    summary:
      'What an AI company’s acceptable-use policy is, how it binds, and how the big labs changed their rules on military work.',
  },
  {
    to: '/docs/unit-3-militarization/overview',
    title: 'Unit 3: The militarization of AI',
    summary:
      'From the 2018 strategy to an “AI-first” department, autonomy in weapons, and surveillance at home.',
  },
  {
    to: '/docs/unit-4-reading-the-sources/overview',
    title: 'Unit 4: Reading the sources',
    summary:
      'Sorting fact from reported claim and opinion, comparing perspectives, and debating the questions in class.',
  },
] as const;

const PATHS = [
  {
    to: '/docs/start-here',
    label: 'Start learning',
    text: 'Read the lessons in order, answer each quiz, and see why each answer is right. About four hours in all.',
  },
  {
    to: '/docs/guides/for-teachers',
    label: 'For teachers',
    text: 'Assign lessons to a class with a link, collect results without a server, and export questions to your LMS.',
  },
  {
    to: '/docs/guides/for-instructors',
    label: 'For instructors',
    text: 'Change a lesson or a question in plain MDX, preview it, and get a clear message if something is wrong.',
  },
] as const;

export default function Home(): ReactNode {
  return (
    <Layout
      title="Home"
      description="An open course with quizzes on who controls military AI: the Defense Production Act, supply-chain-risk designations, AI usage policies, and the 2026 Pentagon–Anthropic dispute."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Who Controls Military AI?
          </Heading>
          <p className={styles.lead}>
            Can a government make an AI company serve its military, or shut it out for refusing? This open
            course explains the laws, the company policies and the arguments behind the February 2026 dispute
            between the Pentagon and Anthropic, so that you can judge the headlines for yourself.
          </p>
          <p className={styles.audience}>
            For upper-secondary and first-year university students, their teachers, and anyone studying on
            their own. Free, no account, and your progress stays in your browser.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <ContinueLearning />
        <section aria-labelledby="paths-heading">
          <Heading as="h2" id="paths-heading">
            Choose your path
          </Heading>
          <ul className={styles.cards}>
            {PATHS.map((path) => (
              <li key={path.to} className={styles.card}>
                <Link className={styles.cardLink} to={path.to}>
                  {path.label}
                </Link>
                <p>{path.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="units-heading">
          <Heading as="h2" id="units-heading">
            What you will learn
          </Heading>
          <ol className={styles.units}>
            {UNITS.map((unit) => (
              <li key={unit.to}>
                <Link to={unit.to}>{unit.title}</Link>
                <p>{unit.summary}</p>
              </li>
            ))}
          </ol>
          <p>
            Every lesson separates what is established fact, what a news outlet reported, and what is
            someone’s opinion, and cites the original source for each. The{' '}
            <Link to="/docs/reference/timeline">timeline</Link> and the{' '}
            <Link to="/docs/reference/glossary">glossary</Link> are there whenever you need them.
          </p>
        </section>
      </main>
    </Layout>
  );
}
