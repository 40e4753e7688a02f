import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HydrationDone, useHydrated } from './useHydrated';

// The module remembers that the page has hydrated, so these tests run in order, in one file.
function Probe({ seen }: { seen: boolean[] }) {
  const hydrated = useHydrated();
  seen.push(hydrated);
  return <p>{hydrated ? 'your data' : 'nothing saved yet'}</p>;
}

describe('useHydrated', () => {
  it('is false on the server and while the page hydrates, then true, without a hydration mismatch', async () => {
    const serverSeen: boolean[] = [];
    const html = renderToString(
      <>
        <Probe seen={serverSeen} />
        <HydrationDone />
      </>,
    );
    expect(html).toContain('nothing saved yet');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const seen: boolean[] = [];
    const onRecoverableError = vi.fn();
    const root = await act(async () =>
      hydrateRoot(
        container,
        <>
          <Probe seen={seen} />
          <HydrationDone />
        </>,
        { onRecoverableError },
      ),
    );
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(container.textContent).toBe('your data');
    expect(onRecoverableError).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });

  it('is true from the first render for views that appear after the page has hydrated (another page of the site)', () => {
    const seen: boolean[] = [];
    render(<Probe seen={seen} />);
    expect(seen).toEqual([true]);
  });
});
