import { currentLmsRuntime, isCoursePath, resetLmsRuntimeForTests, startLmsRuntime } from './lmsRuntime';
import { PACKAGE_META_NAME, type PackageDescriptor } from './packageDescriptor';
import { scopedBase } from './scopedBrowserStore';
import { fakeLms } from './testLms';

const descriptor: PackageDescriptor = {
  id: 'unit-1-two-levers',
  version: '1.2',
  title: 'Unit 1',
  start: '/docs/unit-1-two-levers/overview',
};

/** The course's window, in a frame of an LMS page that holds `api` as API (or no LMS when null). */
function environment(api: object | null, hash = '') {
  const doc = document.implementation.createHTMLDocument('course');
  const meta = doc.createElement('meta');
  meta.name = PACKAGE_META_NAME;
  meta.content = JSON.stringify(descriptor);
  doc.head.append(meta);
  const replaced: string[] = [];
  const parent: Record<string, unknown> | null = api ? { API: api } : null;
  const win = {
    parent: null as unknown,
    opener: null,
    location: { hash },
    history: { replaceState: (_data: unknown, _title: string, url: string) => void replaced.push(url) },
  };
  win.parent = parent ? Object.assign(parent, { parent }) : win;
  return { env: { window: win as never, document: doc, now: () => 5_000 }, replaced };
}

beforeEach(() => resetLmsRuntimeForTests());

describe('startLmsRuntime', () => {
  it('initialises once with the LMS in the parent frame and learns who the learner is', () => {
    const lms = fakeLms('1.2', { 'cmi.core.student_id': 'ada@school', 'cmi.core.entry': 'ab-initio' });
    const { env } = environment(lms.api);
    const runtime = startLmsRuntime(env);
    expect(runtime).toMatchObject({
      connected: true,
      learnerId: 'ada@school',
      resumed: false,
      startedAt: 5_000,
    });
    expect(startLmsRuntime(env)).toBe(runtime);
    expect(lms.calls).toEqual(['initialize']);
    expect(currentLmsRuntime()).toBe(runtime);
  });

  it('opens the bookmark on a return, and the package’s first page on a first launch', () => {
    const lms = fakeLms('1.2', {
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': '/docs/unit-1-two-levers/side-by-side',
    });
    const returning = environment(lms.api);
    expect(startLmsRuntime(returning.env)?.resumed).toBe(true);
    expect(returning.replaced).toEqual(['#/docs/unit-1-two-levers/side-by-side']);
    resetLmsRuntimeForTests();
    const first = environment(fakeLms('1.2').api);
    startLmsRuntime(first.env);
    expect(first.replaced).toEqual(['#/docs/unit-1-two-levers/overview']);
  });

  it('leaves an address the learner opened on purpose alone', () => {
    const { env, replaced } = environment(fakeLms('1.2').api, '#/docs/reference/glossary');
    startLmsRuntime(env);
    expect(replaced).toEqual([]);
  });

  it('runs without an LMS: nothing is sent, and the course still opens at its first page', () => {
    const { env, replaced } = environment(null);
    expect(startLmsRuntime(env)).toMatchObject({ connection: null, connected: false, learnerId: '' });
    expect(replaced).toEqual(['#/docs/unit-1-two-levers/overview']);
  });

  it('never follows a bookmark to another site', () => {
    expect(isCoursePath('/docs/a')).toBe(true);
    expect(isCoursePath('//evil.example/x')).toBe(false);
    expect(isCoursePath('https://evil.example/')).toBe(false);
  });
});

describe('scopedBase', () => {
  it('keeps each learner’s and each package’s progress under its own key', () => {
    const runtime = {
      descriptor,
      connection: null,
      connected: true,
      learnerId: 'ada@school',
      startedAt: 0,
      resumed: false,
      suspendData: '',
    };
    expect(scopedBase('/', runtime)).toBe('/scorm/unit-1-two-levers/ada%40school/');
    expect(scopedBase('/', { ...runtime, learnerId: 'grace' })).not.toBe(scopedBase('/', runtime));
    expect(scopedBase('/', { ...runtime, descriptor: { ...descriptor, id: 'course' } })).not.toBe(
      scopedBase('/', runtime),
    );
    expect(scopedBase('/', null)).toBe('/');
  });
});
