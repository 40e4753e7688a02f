import { testOutline } from '@site/src/course/testOutline';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import { createLmsConnection } from './lmsConnection';
import { startLmsSession, type LmsStatus } from './lmsSession';
import { packageScope } from './packageScope';
import { suspendLayout } from './suspendLayout';
import { fakeLms, fakeProgress } from './testLms';

const scope = packageScope(testOutline, 'unit-1-two-levers', 'Course');
const layout = suspendLayout(scope, testOutline.quizzes);

function passed(progress: ProgressEnvelope, quizId: string, percent: number): ProgressEnvelope {
  const attempt = {
    id: `${quizId}-a`,
    startedAt: 1,
    finishedAt: 2,
    mode: 'test' as const,
    earned: percent,
    possible: 100,
    percent,
    passed: percent >= 80,
  };
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: { attempts: [attempt] } } };
}

function setup(version: '1.2' | '2004' = '1.2') {
  const lms = fakeLms(version);
  const connection = createLmsConnection(version, lms.api);
  connection.initialize();
  const progress = fakeProgress();
  const tasks: (() => void)[] = [];
  const statuses: LmsStatus[] = [];
  let clock = 1_000;
  const session = startLmsSession({
    connection,
    store: progress,
    scope,
    layout,
    lessonOf: () => undefined,
    startedAt: 1_000,
    now: () => clock,
    defer: (task) => void tasks.push(task),
    onStatus: (status) => statuses.push(status),
  });
  const runDeferred = () => tasks.splice(0).forEach((task) => task());
  const advance = (ms: number) => (clock += ms);
  return { lms, progress, session, statuses, runDeferred, advance };
}

describe('startLmsSession', () => {
  it('commits once at the start, marking the activity incomplete', () => {
    const { lms } = setup();
    expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.calls.filter((call) => call === 'commit')).toHaveLength(1);
  });

  it('commits the new score after a change to progress, once for changes of the same moment', () => {
    const { lms, progress, runDeferred, advance } = setup();
    advance(90_000);
    progress.set(passed(progress.getSnapshot(), 'dpa-basics', 100));
    progress.set(passed(progress.getSnapshot(), 'scr-basics', 50));
    expect(lms.calls.filter((call) => call === 'commit')).toHaveLength(1);
    runDeferred();
    expect(lms.calls.filter((call) => call === 'commit')).toHaveLength(2);
    expect(lms.values.get('cmi.core.score.raw')).toBe('75');
    expect(lms.values.get('cmi.core.lesson_status')).toBe('failed');
    expect(lms.values.get('cmi.core.session_time')).toBe('0000:01:30.00');
  });

  it('sends the bookmark with the next commit', () => {
    const { lms, session } = setup('2004');
    session.setLocation('/docs/unit-1-two-levers/02-supply-chain-risk');
    session.commit();
    expect(lms.values.get('cmi.location')).toBe('/docs/unit-1-two-levers/02-supply-chain-risk');
  });

  it('commits and terminates once at the end, and sends nothing after', () => {
    const { lms, progress, session, runDeferred } = setup('2004');
    session.end();
    session.end();
    progress.set(passed(progress.getSnapshot(), 'dpa-basics', 100));
    runDeferred();
    expect(lms.calls.filter((call) => call === 'terminate')).toHaveLength(1);
    expect(lms.calls.at(-1)).toBe('terminate');
    expect(lms.calls.at(-2)).toBe('commit');
    expect(lms.values.get('cmi.exit')).toBe('suspend');
  });

  it('says the LMS is not saving when it refuses values, and all is well again once it takes them', () => {
    const { lms, progress, session, statuses, runDeferred } = setup();
    lms.refuseSets = true;
    progress.set(passed(progress.getSnapshot(), 'dpa-basics', 100));
    expect(() => runDeferred()).not.toThrow();
    expect(statuses.at(-1)).toMatchObject({
      kind: 'not-saving',
      failure: { call: 'LMSSetValue cmi.core.lesson_status', code: '351', message: 'General Set Failure' },
    });
    lms.refuseSets = false;
    expect(session.commit().kind).toBe('saving');
  });
});
