// @vitest-environment node
/**
 * A year of daily review of the whole course, through the real store: the learner answers every
 * lesson's quiz in the first two weeks, then reviews whatever is due each morning for a year.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../plugins/course';
import { DEFAULT_UNIT_PATTERN } from '../../plugins/course/units';
import { seededRandom } from '../quiz';
import { setupStore } from '../progress/testHelpers';
import { DAY_MS, GRADE, type ReviewGrade } from './entry';
import { dueQuestions, type CourseQuestion } from './due';
import { afterReview, MAX_INTERVAL_DAYS } from './scheduler';

const START = Date.UTC(2026, 0, 5, 8);
const GRADED = {
  fraction: 1,
  earned: 1,
  possible: 1,
  correct: true,
  parts: { type: 'short', matchedAnswer: null },
} as const;
let course: Map<string, CourseQuestion>;

beforeAll(async () => {
  const { quizzes } = await loadCourse(process.cwd(), 'docs', 'mdx', DEFAULT_UNIT_PATTERN);
  course = new Map();
  for (const { file, quiz } of quizzes) {
    if (file.includes('/guides/')) continue;
    for (const question of quiz.questions) {
      const entry = {
        questionId: question.id,
        quizId: quiz.id,
        hash: 'c0ffee',
        lessonTitle: file,
        permalink: '/',
      };
      course.set(question.id, entry);
    }
  }
}, 60_000);

describe('a year of daily review of the whole course', () => {
  it('stays far inside the storage budget and brings every question back at least once', () => {
    expect(course.size).toBeGreaterThan(40);
    let time = START;
    const { store, timers, storage } = setupStore(undefined, { now: () => time });
    const random = seededRandom(20260105);
    const ids = [...course.keys()];
    const perDay = Math.ceil(ids.length / 14);
    const reviews = new Map<string, number>();
    let longestWait = 0;
    for (let day = 0; day <= 365; day++) {
      // Each morning, everything due is reviewed.
      const morning = START + day * DAY_MS;
      time = morning;
      for (const due of dueQuestions(store.getSnapshot().review, course, morning)) {
        time += 30_000;
        // Right 85 % of the time; a right answer is hard, good or easy as the learner feels it.
        const pick = random();
        const grade: ReviewGrade =
          pick < 0.15 ? GRADE.again : pick < 0.35 ? GRADE.hard : pick < 0.9 ? GRADE.good : GRADE.easy;
        store.updateReview(due.questionId, (record, at) => afterReview(record, due.hash, at, grade));
        reviews.set(due.questionId, (reviews.get(due.questionId) ?? 0) + 1);
        const saved = store.getSnapshot().review[due.questionId]!;
        longestWait = Math.max(longestWait, saved.due - saved.last);
      }
      expect(dueQuestions(store.getSnapshot().review, course, morning)).toEqual([]);
      // In the first two weeks, the afternoon goes to the lessons: a seventh of the course a day,
      // a third of it answered wrong.
      time = morning + 6 * 60 * 60 * 1000;
      for (const id of ids.slice(day * perDay, (day + 1) * perDay)) {
        time += 60_000;
        const right = random() > 1 / 3;
        const grade = { ...GRADED, fraction: right ? 1 : 0, correct: right };
        store.recordAnswer(course.get(id)!.quizId, id, { type: 'truefalse', value: right }, grade, 'c0ffee');
      }
      timers.runAll();
    }
    const text = storage.data.get([...storage.data.keys()][0]!)!;
    const schedule = JSON.stringify(JSON.parse(text).review);
    // The whole saved progress stays under the store's 128 KB budget (see store.test.ts).
    expect(text.length).toBeLessThan(128 * 1024);
    // About 185 bytes a question however many reviews it had: the schedule does not grow with time.
    expect(schedule.length / course.size).toBeLessThan(250);
    expect(ids.filter((id) => !reviews.get(id))).toEqual([]);
    expect(longestWait).toBeLessThanOrEqual(MAX_INTERVAL_DAYS * DAY_MS);
    const total = [...reviews.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(ids.length * 3);
  });
});
