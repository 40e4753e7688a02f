/**
 * The 4,096-character limit of SCORM 1.2's suspend_data against the largest package, the whole
 * course, with a learner who answered every question twice: two finished practice attempts at
 * every quiz, each question answered and checked in both.
 */
import path from 'node:path';
import { loadCourse } from '@site/plugins/course/index';
import { DEFAULT_UNIT_PATTERN } from '@site/plugins/course/units';
import type { Quiz } from '@site/src/quiz';
import { decodeSuspendData, encodeSuspendData } from './suspendData';
import { act, answerAllAndFinish, layoutOf, learnerStore, restorable } from './testLearner';

const SCORM12_LIMIT = 4096;

async function courseQuizzes(): Promise<Quiz[]> {
  const { quizzes } = await loadCourse(path.resolve('.'), 'docs', 'mdx', DEFAULT_UNIT_PATTERN);
  return quizzes
    .filter(({ file }) => !file.startsWith('docs/guides/'))
    .sort((a, b) => (a.file < b.file ? -1 : 1))
    .map(({ quiz }) => quiz);
}

/** A learner who answered every question of these quizzes twice. */
function twiceThrough(quizzes: readonly Quiz[]) {
  const store = learnerStore();
  for (const quiz of quizzes) {
    answerAllAndFinish(store, quiz, 0);
    act(store, quiz, { type: 'newAttempt' });
    answerAllAndFinish(store, quiz, 1);
  }
  return store.getSnapshot();
}

describe('suspend_data of the whole course', () => {
  it('keeps everything within SCORM 1.2’s 4,096 characters for a learner who answered every question twice', async () => {
    const quizzes = await courseQuizzes();
    const questions = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    expect(questions).toBeGreaterThan(100);
    const layout = layoutOf(quizzes);
    const progress = twiceThrough(quizzes);
    const encoded = encodeSuspendData(progress, layout, SCORM12_LIMIT);
    console.info(
      `[scorm] the whole course (${questions} questions, each answered twice): ${encoded?.text.length} characters`,
    );
    expect(encoded).toMatchObject({ level: 0 });
    expect(encoded!.text.length).toBeLessThanOrEqual(SCORM12_LIMIT);
    expect(restorable(decodeSuspendData(encoded!.text, layout)!, layout)).toEqual(
      restorable(progress, layout),
    );
  });
});
