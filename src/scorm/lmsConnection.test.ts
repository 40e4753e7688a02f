import { createLmsConnection } from './lmsConnection';

function fake12(overrides: Record<string, unknown> = {}) {
  const values = new Map<string, string>();
  const calls: string[] = [];
  const api = {
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (element: string) => values.get(element) ?? '',
    LMSSetValue: (element: string, value: string) => (values.set(element, value), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => 'No error',
    ...overrides,
  };
  return { api, values, calls };
}

describe('createLmsConnection', () => {
  it('calls the SCORM 1.2 methods and the SCORM 2004 ones by their own names', () => {
    const { api, values } = fake12();
    const lms = createLmsConnection('1.2', api);
    expect(lms.initialize()).toBe(true);
    expect(lms.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    const calls: string[] = [];
    const api2004 = { Initialize: () => (calls.push('Initialize'), 'true'), GetValue: () => 'learner-7' };
    const lms2004 = createLmsConnection('2004', api2004);
    expect(lms2004.initialize()).toBe(true);
    expect(lms2004.get('cmi.learner_id')).toBe('learner-7');
    expect(calls).toEqual(['Initialize']);
  });

  it('records a refused SetValue with the LMS’s own error code and words, without throwing', () => {
    const { api } = fake12({
      LMSSetValue: () => 'false',
      LMSGetLastError: () => '351',
      LMSGetErrorString: (code: string) => (code === '351' ? 'General set failure' : '?'),
    });
    const lms = createLmsConnection('1.2', api);
    expect(lms.set('cmi.core.score.raw', '80')).toBe(false);
    expect(lms.failure()).toEqual({
      call: 'LMSSetValue cmi.core.score.raw',
      code: '351',
      message: 'General set failure',
    });
    // The first failure is kept until cleared.
    lms.set('cmi.core.lesson_status', 'passed');
    expect(lms.failure()?.call).toBe('LMSSetValue cmi.core.score.raw');
    lms.clearFailure();
    expect(lms.failure()).toBeNull();
  });

  it('turns an LMS method that throws, or one that is missing, into a failure', () => {
    const lms = createLmsConnection('1.2', {
      LMSInitialize: () => {
        throw new Error('LMS session expired');
      },
    });
    expect(lms.initialize()).toBe(false);
    expect(lms.failure()).toMatchObject({ call: 'LMSInitialize', message: 'LMS session expired' });
    lms.clearFailure();
    expect(lms.commit()).toBe(false);
    expect(lms.failure()?.message).toBe('the LMS has no LMSCommit');
    expect(lms.get('cmi.core.student_id')).toBe('');
  });

  it('terminates once: calls after the end never reach the LMS', () => {
    const { api, calls } = fake12();
    const lms = createLmsConnection('1.2', api);
    lms.initialize();
    expect(lms.terminate()).toBe(true);
    expect(lms.commit()).toBe(false);
    expect(lms.terminate()).toBe(false);
    expect(calls).toEqual(['init', 'finish']);
  });
});
