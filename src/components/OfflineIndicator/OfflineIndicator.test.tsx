import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import OfflineIndicator from '.';

const worker = {} as ServiceWorker;

/** Puts a fake service-worker container on navigator; the test moves it from installing to active. */
function fakeServiceWorker() {
  let registration: Partial<ServiceWorkerRegistration> | undefined = { active: null, installing: worker };
  let activate: () => void = () => {};
  const ready = new Promise((resolve) => {
    activate = () => {
      registration = { active: worker, installing: null };
      resolve(registration);
    };
  });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready, getRegistration: () => Promise.resolve(registration) },
  });
  return { activate };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('OfflineIndicator', () => {
  it('shows nothing where service workers are unsupported, but keeps an empty status region', () => {
    const { container } = render(<OfflineIndicator />);
    expect(container).toHaveTextContent('');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says it is saving, then announces that the course is available offline', async () => {
    const { activate } = fakeServiceWorker();
    const { container } = render(<OfflineIndicator />);
    expect(await screen.findByText('Saving the course for offline use…')).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await act(async () => activate());
    expect(screen.getByRole('status')).toHaveTextContent('Available offline');
    expect(container).toHaveTextContent(/^Available offline$/);
  });

  it('does not announce a course that was already available when the page opened', async () => {
    fakeServiceWorker().activate();
    render(<OfflineIndicator />);
    expect(await screen.findByText('Available offline')).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
