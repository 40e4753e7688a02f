import { sampleQuiz, singleQuestion, trueFalseQuestion } from '@site/src/quiz/testFixtures';
import { createLmsConnection } from './lmsConnection';
import { startLmsSession } from './lmsSession';
import { decodeSuspendData } from './suspendData';
import { restoreProgress } from './restoreProgress';
import { fakeLms } from './testLms';
import { act, layoutOf, learnerStore } from './testLearner';
import type { PackageScope } from './packageScope';
import { courseOutline } from '@site/src/course/courseOutline';

const layout = layoutOf([sampleQuiz], ['unit-1/dpa']);
const scope: PackageScope = {
  id: 'course',
  title: 'Course',
  start: '/docs/unit-1/dpa',
  lessons: [{ docId: 'unit-1/dpa', title: 'DPA', permalink: '/docs/unit-1/dpa', quizIds: ['dpa-basics'] }],
  quizIds: ['dpa-basics'],
};

function session(version: '1.2' | '2004', lms = fakeLms(version), store = learnerStore()) {
  const connection = createLmsConnection(version, lms.api);
  connection.initialize();
  const tasks: (() => void)[] = [];
  const running = startLmsSession({
    connection,
    store,
    scope,
    layout,
    lessonOf: () => 'unit-1/dpa',
    startedAt: 0,
    defer: (task) => void tasks.push(task),
  });
  return { lms, store, running, flush: () => tasks.splice(0).forEach((task) => task()) };
}

const answer = (store: ReturnType<typeof learnerStore>, questionId: string, response: never) => {
  act(store, sampleQuiz, { type: 'answer', questionId, response });
  act(store, sampleQuiz, { type: 'check', questionId });
};

describe('the session’s interactions and suspend_data', () => {
  it('journals one SCORM 1.2 interaction per checked answer, with its type, response, result and latency', () => {
    const { lms, store, flush } = session('1.2');
    store.markVisited('unit-1/dpa', '/docs/unit-1/dpa', 'DPA');
    answer(store, singleQuestion.id, { type: 'single', choice: 1 } as never);
    flush();
    answer(store, trueFalseQuestion.id, { type: 'truefalse', value: true } as never);
    flush();
    const values = Object.fromEntries(lms.values);
    expect(values).toMatchObject({
      'cmi.interactions.0.id': 'dpa-title-i-purpose',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'b',
      'cmi.interactions.0.result': 'wrong',
      'cmi.interactions.0.weighting': '1',
      'cmi.interactions.1.id': 'dpa-1950',
      'cmi.interactions.1.type': 'true-false',
      'cmi.interactions.1.student_response': 't',
      'cmi.interactions.1.result': 'correct',
    });
    // The stepping clock moves one second per reading: the visit, then the answers, a few seconds apart.
    expect(values['cmi.interactions.0.latency']).toMatch(/^0000:00:0[1-9]\.00$/);
    expect(values['cmi.interactions.2.id']).toBeUndefined();
  });

  it('writes SCORM 2004 interactions with its own words and delimiters', () => {
    const { lms, store, flush } = session('2004');
    answer(store, sampleQuiz.questions[1]!.id, { type: 'multiple', choices: [0, 2] } as never);
    flush();
    expect(lms.values.get('cmi.interactions.0.learner_response')).toBe('a[,]c');
    expect(lms.values.get('cmi.interactions.0.result')).toMatch(/^(correct|incorrect|0\.\d+)$/);
    expect(lms.values.get('cmi.interactions.0.timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('keeps the progress in suspend_data, and a learner on another device gets their answers back', () => {
    const { lms, store, flush } = session('1.2');
    answer(store, singleQuestion.id, { type: 'single', choice: 0 } as never);
    flush();
    const saved = lms.values.get('cmi.suspend_data')!;
    expect(
      decodeSuspendData(saved, layout)?.quizzes['dpa-basics']?.current?.questions[singleQuestion.id],
    ).toMatchObject({
      response: { type: 'single', choice: 0 },
      checked: true,
    });
    const elsewhere = learnerStore();
    const outline = courseOutline({ version: 1, units: [], quizzes: {} });
    expect(restoreProgress(saved, layout, elsewhere, outline)).toBe('restored');
  });

  it('does not report answers again that came back from suspend_data or were in the browser before', () => {
    const store = learnerStore();
    answer(store, singleQuestion.id, { type: 'single', choice: 0 } as never);
    const lms = fakeLms('1.2', { 'cmi.interactions._count': '3' });
    const { flush } = session('1.2', lms, store);
    flush();
    expect([...lms.values.keys()].filter((key) => key.startsWith('cmi.interactions.'))).toEqual([
      'cmi.interactions._count',
    ]);
    answer(store, trueFalseQuestion.id, { type: 'truefalse', value: false } as never);
    flush();
    expect(lms.values.get('cmi.interactions.3.id')).toBe('dpa-1950');
  });
});
