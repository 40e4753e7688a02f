import { emptyProgress, type ProgressEnvelope } from '@site/src/progress/schema';
import { testOutline } from '@site/src/course/testOutline';
import { cmiValues, duration2004, lessonStatus12, timespan12 } from './cmiValues';
import { packageScope } from './packageScope';
import { reportCard } from './reportCard';

const unit = packageScope(testOutline, 'unit-1-two-levers', 'Course');

function withAttempts(attempts: Record<string, { percent: number; passed: boolean }[]>): ProgressEnvelope {
  const progress = emptyProgress(1);
  for (const [quizId, list] of Object.entries(attempts)) {
    progress.quizzes[quizId] = {
      attempts: list.map((attempt, i) => ({
        id: `${quizId}-${i}`,
        startedAt: 1,
        finishedAt: 2,
        mode: 'practice',
        earned: attempt.percent,
        possible: 100,
        ...attempt,
      })),
    };
  }
  return progress;
}

describe('reportCard', () => {
  it('reports nothing to grade before any quiz of the package is finished', () => {
    const card = reportCard(emptyProgress(), unit);
    expect(card).toMatchObject({
      score: null,
      completion: 'incomplete',
      success: 'unknown',
      lessonsDone: 0,
      lessonsTotal: 3,
    });
  });

  it('scores the mean of each quiz’s best attempt, an unfinished quiz counting 0', () => {
    const card = reportCard(
      withAttempts({
        'dpa-basics': [
          { percent: 40, passed: false },
          { percent: 90, passed: true },
        ],
      }),
      unit,
    );
    expect(card.score).toBe(45);
    expect(card.success).toBe('unknown');
  });

  it('only counts the package’s own quizzes: work on another unit’s quiz changes nothing', () => {
    const card = reportCard(withAttempts({ 'start-here': [{ percent: 100, passed: true }] }), unit);
    expect(card.score).toBeNull();
  });

  it('fails when every quiz is finished and one is below its pass mark; passes when all reach it', () => {
    const failed = reportCard(
      withAttempts({
        'dpa-basics': [{ percent: 100, passed: true }],
        'scr-basics': [{ percent: 33.333, passed: false }],
      }),
      unit,
    );
    expect(failed).toMatchObject({ score: 66.67, success: 'failed', completion: 'incomplete' });
    const passed = reportCard(
      withAttempts({
        'dpa-basics': [{ percent: 100, passed: true }],
        'scr-basics': [{ percent: 80, passed: true }],
      }),
      unit,
    );
    expect(passed).toMatchObject({ score: 90, success: 'passed', lessonsDone: 2, completion: 'incomplete' });
  });

  it('is complete when the quizzes are passed and the overview is marked as done', () => {
    const progress = withAttempts({
      'dpa-basics': [{ percent: 100, passed: true }],
      'scr-basics': [{ percent: 100, passed: true }],
    });
    progress.lessons['unit-1-two-levers/overview'] = { markedDone: true, markedAt: 3 };
    expect(reportCard(progress, unit)).toMatchObject({ completion: 'completed', lessonsDone: 3 });
  });
});

describe('cmiValues', () => {
  const card = reportCard(withAttempts({ 'dpa-basics': [{ percent: 100, passed: true }] }), unit);

  it('writes SCORM 1.2 status, score out of 100, session time and exit "suspend"', () => {
    expect(Object.fromEntries(cmiValues('1.2', card, 3_723_450))).toEqual({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.score.raw': '50',
      'cmi.core.session_time': '0001:02:03.45',
      'cmi.core.exit': 'suspend',
    });
  });

  it('writes SCORM 2004 completion and success apart, a scaled score and progress', () => {
    expect(Object.fromEntries(cmiValues('2004', card, 65_000))).toEqual({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': '0.333',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '50',
      'cmi.score.scaled': '0.5',
      'cmi.session_time': 'PT1M5S',
      'cmi.exit': 'suspend',
    });
  });

  it('sends no score before there is one, so the LMS does not record a zero', () => {
    const none = reportCard(emptyProgress(), unit);
    expect(cmiValues('1.2', none, 0).map(([element]) => element)).not.toContain('cmi.core.score.raw');
    expect(cmiValues('2004', none, 0).map(([element]) => element)).not.toContain('cmi.score.raw');
  });

  it('folds completion and success into one SCORM 1.2 status', () => {
    expect(lessonStatus12({ ...card, success: 'passed', completion: 'incomplete' })).toBe('passed');
    expect(lessonStatus12({ ...card, success: 'failed' })).toBe('failed');
    expect(lessonStatus12({ ...card, success: 'unknown', completion: 'completed' })).toBe('completed');
  });

  it('formats times as each version requires', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(36_000_000_000)).toBe('9999:59:59.99');
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(3_600_000 + 250)).toBe('PT1H0.25S');
  });
});
