import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INITIAL_VIEW,
  nextView,
  offlineMessage,
  statusOf,
  watchOfflineStatus,
  type OfflineStatus,
} from './offlineStatus';
import { precachedPagePath } from './sw-custom.js';

const worker = {} as ServiceWorker;
const registration = (parts: Partial<Record<'active' | 'installing' | 'waiting', ServiceWorker>>) =>
  ({ active: null, installing: null, waiting: null, ...parts }) as ServiceWorkerRegistration;

/** A service-worker container whose registration the test sets and whose `ready` it resolves. */
function fakeContainer() {
  let resolveReady: () => void = () => {};
  const container = {
    current: undefined as ServiceWorkerRegistration | undefined,
    lookups: 0,
    ready: new Promise<ServiceWorkerRegistration>((resolve) => {
      resolveReady = () => resolve(registration({ active: worker }));
    }),
    getRegistration() {
      container.lookups += 1;
      return Promise.resolve(container.current);
    },
  };
  return { container, resolveReady };
}

describe('statusOf', () => {
  it('is ready once a worker is active, saving while one installs, unknown without a registration', () => {
    expect(statusOf(undefined)).toBe('unknown');
    expect(statusOf(registration({}))).toBe('unknown');
    expect(statusOf(registration({ installing: worker }))).toBe('saving');
    expect(statusOf(registration({ waiting: worker }))).toBe('saving');
    expect(statusOf(registration({ active: worker, installing: worker }))).toBe('ready');
  });
});

describe('offlineMessage', () => {
  it('says nothing until something is known', () => {
    expect(offlineMessage('unknown')).toBe('');
    expect(offlineMessage('saving')).toBe('Saving the course for offline use…');
    expect(offlineMessage('ready')).toBe('Available offline');
  });
});

describe('nextView', () => {
  it('does not count the first known status as a change, so a return visit is not announced', () => {
    expect(nextView(INITIAL_VIEW, 'ready')).toEqual({ status: 'ready', changed: false });
  });

  it('counts saving → ready as a change, and keeps counting it', () => {
    const saving = nextView(INITIAL_VIEW, 'saving');
    expect(saving.changed).toBe(false);
    const ready = nextView(saving, 'ready');
    expect(ready).toEqual({ status: 'ready', changed: true });
    expect(nextView(ready, 'ready')).toBe(ready);
  });
});

describe('watchOfflineStatus', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing where service workers are unsupported', () => {
    const onChange = vi.fn();
    watchOfflineStatus(undefined, onChange)();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reports saving once the worker registers, then ready when it is active', async () => {
    const { container, resolveReady } = fakeContainer();
    const seen: OfflineStatus[] = [];
    const stop = watchOfflineStatus(container, (status) => seen.push(status), { pollMs: 100 });
    await vi.advanceTimersByTimeAsync(250);
    expect(seen).toEqual([]);
    container.current = registration({ installing: worker });
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['saving']);
    container.current = registration({ active: worker });
    resolveReady();
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toEqual(['saving', 'ready']);
    stop();
  });

  it('stops polling once ready, and after the idle limit when nothing registers', async () => {
    const ready = fakeContainer();
    ready.resolveReady();
    watchOfflineStatus(ready.container, () => {}, { pollMs: 100 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(ready.container.lookups).toBe(1);

    const idle = fakeContainer();
    watchOfflineStatus(idle.container, () => {}, { pollMs: 100, maxIdlePolls: 3 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(idle.container.lookups).toBe(3);
  });

  it('hides the message again if the install fails and the registration goes away', async () => {
    const { container } = fakeContainer();
    container.current = registration({ installing: worker });
    const seen: OfflineStatus[] = [];
    watchOfflineStatus(container, (status) => seen.push(status), { pollMs: 100 });
    await vi.advanceTimersByTimeAsync(0);
    container.current = undefined;
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['saving', 'unknown']);
  });

  it('reports nothing after it is stopped', async () => {
    const { container, resolveReady } = fakeContainer();
    const onChange = vi.fn();
    const stop = watchOfflineStatus(container, onChange, { pollMs: 100 });
    stop();
    container.current = registration({ installing: worker });
    resolveReady();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).not.toHaveBeenCalled();
    expect(container.lookups).toBe(1);
  });
});

describe('precachedPagePath (service worker)', () => {
  const origin = 'http://127.0.0.1:3100';
  it('maps a clean page address to its .html file, ignoring the query', () => {
    expect(precachedPagePath(`${origin}/docs/start-here?x=1#top`, origin)).toBe('/docs/start-here.html');
  });

  it('leaves the home page, files and other origins to the plugin or the network', () => {
    expect(precachedPagePath(`${origin}/`, origin)).toBeNull();
    expect(precachedPagePath(`${origin}/base/`, origin)).toBeNull();
    expect(precachedPagePath(`${origin}/assets/js/main.js`, origin)).toBeNull();
    expect(precachedPagePath('https://example.org/docs/start-here', origin)).toBeNull();
  });
});
