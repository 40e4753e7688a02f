import { describe, expect, it, vi } from 'vitest';
import './noViewportPrefetch';

type Api = { prefetch: (url: string) => unknown; preload: (url: string) => unknown };
const win = window as unknown as { docusaurus: Api };

describe('viewport prefetch is off', () => {
  it('wraps the API Docusaurus sets: prefetch does nothing, preload still loads', () => {
    const prefetch = vi.fn(() => Promise.resolve([]));
    const preload = vi.fn(() => Promise.resolve([]));
    win.docusaurus = Object.freeze({ prefetch, preload });

    expect(win.docusaurus.prefetch('/docs/start-here')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
    win.docusaurus.preload('/docs/start-here');
    expect(preload).toHaveBeenCalledWith('/docs/start-here');
  });
});
