/**
 * A small course for component and classroom tests (only tests import this file): "Start here", one unit
 * with an overview and two quiz lessons, and the question gallery, which is not course content.
 * The ids match src/progress/fixtures/progress-v1-export.json so that file imports here.
 */
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import { courseOutline } from '@site/src/course/courseOutline';

const question = (id: string) => ({ id, type: 'single' as const, points: 1, hash: '0a1b2c3d4e5f60' });
const lesson = (docId: string, title: string, quizIds: string[]) => ({
  docId,
  title,
  permalink: `/docs/${docId}`,
  quizIds,
});

export const testManifest: ClientManifest = {
  version: 1,
  units: [
    {
      id: 'unit-1-two-levers',
      label: 'Unit 1: Two levers',
      lessons: [
        lesson('unit-1-two-levers/overview', 'Unit 1 overview', []),
        lesson('unit-1-two-levers/01-defense-production-act', 'The Defense Production Act', ['dpa-basics']),
        lesson('unit-1-two-levers/02-supply-chain-risk', 'Supply-chain risk', ['scr-basics']),
      ],
    },
    {
      id: 'general',
      label: 'General',
      lessons: [
        lesson('start-here', 'Start here', ['start-here']),
        lesson('guides/question-gallery', 'Question gallery', ['gallery']),
      ],
    },
  ],
  quizzes: {
    'dpa-basics': {
      title: 'The Defense Production Act',
      passMark: 80,
      lessonDocId: 'unit-1-two-levers/01-defense-production-act',
      permalink: '/docs/unit-1-two-levers/01-defense-production-act',
      questions: ['dpa-title-i-purpose', 'dpa-q2', 'dpa-q3'].map(question),
    },
    'scr-basics': {
      title: 'Supply-chain risk',
      passMark: 80,
      lessonDocId: 'unit-1-two-levers/02-supply-chain-risk',
      permalink: '/docs/unit-1-two-levers/02-supply-chain-risk',
      questions: ['scr-q1', 'scr-q2'].map(question),
    },
    'start-here': {
      title: 'Start here',
      passMark: 80,
      lessonDocId: 'start-here',
      permalink: '/docs/start-here',
      questions: ['sh-q1', 'sh-q2'].map(question),
    },
    gallery: {
      title: 'One question of each type',
      passMark: 80,
      lessonDocId: 'guides/question-gallery',
      permalink: '/docs/guides/question-gallery',
      questions: ['gallery-single'].map(question),
    },
  },
};

export const testOutline = courseOutline(testManifest);
