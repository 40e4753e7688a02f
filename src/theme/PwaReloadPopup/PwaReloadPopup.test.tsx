import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '@site/src/components/testAxe';
import PwaReloadPopup from '.';

describe('PwaReloadPopup (new version of the course)', () => {
  it('announces the new version through a status region, says progress is kept, and passes axe', async () => {
    const { container } = render(<PwaReloadPopup onReload={() => {}} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('A new version of the course is available.'),
    );
    expect(screen.getByRole('region', { name: 'Course update' })).toHaveTextContent(
      'Your answers and progress are kept.',
    );
    await expectNoAxeViolations(container);
  });

  it('reloads with Refresh, and closes without reloading on "Not now" or Escape', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const { unmount } = render(<PwaReloadPopup onReload={onReload} />);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(screen.queryByRole('region', { name: 'Course update' })).toBeNull();
    unmount();

    render(<PwaReloadPopup onReload={onReload} />);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Course update' })).toBeNull();
    render(<PwaReloadPopup onReload={onReload} />);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: 'Course update' })).toBeNull();
    expect(onReload).toHaveBeenCalledOnce();
  });
});
