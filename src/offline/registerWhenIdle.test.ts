import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, whenSettled } from './registerWhenIdle';

afterEach(() => vi.useRealTimers());

function fakeWindow(readyState: DocumentReadyState, withIdleCallback: boolean) {
  const listeners: Record<string, () => void> = {};
  const idle: Array<{ callback: () => void; timeout?: number }> = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => void (listeners[type] = listener),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    ...(withIdleCallback
      ? {
          requestIdleCallback: (callback: () => void, options?: { timeout: number }) =>
            idle.push({ callback, timeout: options?.timeout }),
        }
      : {}),
  };
  return { win: win as unknown as Parameters<typeof whenSettled>[1], listeners, idle };
}

describe('registering the offline copy once the page has settled', () => {
  it('waits for load, then SETTLE_MS, then an idle moment (bounded by a timeout)', () => {
    vi.useFakeTimers();
    const start = vi.fn();
    const { win, listeners, idle } = fakeWindow('loading', true);
    whenSettled(start, win);
    vi.advanceTimersByTime(SETTLE_MS * 3);
    expect(idle).toHaveLength(0);
    listeners.load!();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(idle).toEqual([{ callback: start, timeout: SETTLE_MS }]);
    expect(start).not.toHaveBeenCalled();
    idle[0]!.callback();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('counts from now on a page that has already loaded, and starts without requestIdleCallback (Safari)', () => {
    vi.useFakeTimers();
    const start = vi.fn();
    const { win } = fakeWindow('complete', false);
    whenSettled(start, win);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
