import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testOutline } from '@site/src/course/testOutline';
import { setupStore, TEST_KEY } from '@site/src/progress/testHelpers';
import { ProgressStoreContext } from '@site/src/progress/useProgress';
import { expectNoAxeViolations } from '../testAxe';
import ProgressDashboard from '../ProgressDashboard';
import CertificateCheck from './CertificateCheck';

vi.mock('@site/src/course/useCourseOutline', async () => {
  const { testOutline: outline } = await import('@site/src/course/testOutline');
  return { useCourseOutline: () => outline };
});
vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));
vi.mock('./siteInfo', () => ({
  useCertificateSite: () => ({ course: 'Who Controls Military AI?', checkPath: '/certificate' }),
}));
vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.restoreAllMocks());

const COURSE = 'Who Controls Military AI?';
const summary = (percent: number) => ({ earned: percent, possible: 100, percent, passed: percent >= 80 });

/** A learner who passed every quiz of the test course (Start here, then Unit 1's two). */
function completeCourse() {
  const setup = setupStore();
  setup.store.recordAttempt('start-here', summary(100), 'test');
  setup.store.recordAttempt('dpa-basics', summary(60), 'test');
  setup.store.recordAttempt('dpa-basics', summary(90), 'test');
  setup.store.recordAttempt('scr-basics', summary(85), 'test');
  return setup;
}

function renderDashboard(setup = completeCourse()) {
  const user = userEvent.setup();
  const view = render(
    <ProgressStoreContext.Provider value={setup.store}>
      <main>
        <h1>Your progress</h1>
        <ProgressDashboard />
      </main>
    </ProgressStoreContext.Provider>,
  );
  return { ...setup, ...view, user };
}

describe('the certificate on /progress', () => {
  it('says the course is complete and prints the name, each quiz’s best score and a code; the name is saved nowhere', async () => {
    const { user, container, storage, timers } = renderDashboard();
    const section = screen.getByRole('region', { name: 'Completion and certificate' });
    expect(within(section).getByText(/^You have completed the course/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Make a certificate' }));
    expect(await screen.findByRole('combobox', { name: 'Certificate for' })).toHaveValue('course');
    await user.type(
      screen.getByRole('textbox', { name: /^Your name, as it should be printed/ }),
      'Ada Lovelace',
    );
    const sheet = screen.getByRole('article', { name: 'Certificate of completion' });
    expect(within(sheet).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(sheet).getByText(COURSE)).toBeInTheDocument();
    const rows = within(sheet)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows.slice(1)).toEqual([
      ['Start here', 'Start here', '100%'],
      ['Unit 1: Two levers', 'The Defense Production Act', '90%'],
      ['', 'Supply-chain risk', '85%'],
    ]);
    expect(within(sheet).getByText(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)).toBeInTheDocument();
    // Only the print copy beside the site prints; it holds the same certificate.
    const printCopy = document.body.querySelector(':scope > [data-certificate-print]');
    expect(printCopy?.querySelector('article')?.textContent).toBe(sheet.textContent);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print the certificate' }));
    expect(print).toHaveBeenCalledOnce();
    timers.runAll();
    expect(storage.data.get(TEST_KEY)).not.toMatch(/Ada|Lovelace/);
    expect([...storage.data.keys()]).toEqual([TEST_KEY]);
    await expectNoAxeViolations(container);
  });

  it('offers a unit certificate when only that unit is complete, and none before', async () => {
    const setup = setupStore();
    const { user } = renderDashboard(setup);
    expect(screen.queryByRole('button', { name: 'Make a certificate' })).toBeNull();
    expect(
      screen.getByText(/^A unit is complete when you have passed the quiz of each of its lessons/),
    ).toBeInTheDocument();
    setup.store.recordAttempt('dpa-basics', summary(90), 'test');
    setup.store.recordAttempt('scr-basics', summary(85), 'test');
    expect(
      await screen.findByText(
        'You have completed this unit: Unit 1: Two levers. The course is complete when every unit is.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make a certificate' }));
    await user.type(await screen.findByRole('textbox', { name: /^Your name/ }), 'Ada');
    expect(screen.queryByRole('combobox', { name: 'Certificate for' })).toBeNull();
    expect(screen.getByRole('article').textContent).toMatch(
      /completed Unit 1: Two levers, a unit of the open course/,
    );
  });
});

describe('CertificateCheck', () => {
  async function fillIn(user: ReturnType<typeof userEvent.setup>, code: string, scores: string[]) {
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), code);
    await user.type(screen.getByRole('textbox', { name: 'Name as printed' }), 'Ada Lovelace');
    // jsdom's date input takes the value as typed in ISO form.
    await user.type(screen.getByLabelText('Date of completion as printed'), '2026-11-26');
    const inputs = screen.getAllByRole('spinbutton');
    for (const [index, score] of scores.entries()) await user.type(inputs[index]!, score);
    await user.click(screen.getByRole('button', { name: 'Check the code' }));
  }

  it('accepts the code of a printed certificate and refuses it once one score is changed', async () => {
    // The certificate the first test prints, made again here through the dashboard.
    const { user, unmount } = renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Make a certificate' }));
    await user.type(await screen.findByRole('textbox', { name: /^Your name/ }), 'Ada Lovelace');
    const code = document.querySelector('article [data-verification-code]')!.textContent!;
    const printedDate = screen.getByRole('article').textContent!.match(/on (\d+ \w+ \d{4})/)![1]!;
    expect(printedDate).toBe('26 November 2026');
    unmount();

    const checker = () => render(<CertificateCheck outline={testOutline} course={COURSE} />);
    let view = checker();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Best scores printed for Start here',
      'Best scores printed for Unit 1: Two levers',
    ]);
    await fillIn(user, code.toLowerCase(), ['100', '90', '85']);
    expect(screen.getByRole('status')).toHaveTextContent(/^The code matches/);
    view.unmount();
    view = checker();
    await fillIn(user, code, ['100', '95', '85']);
    expect(screen.getByRole('status')).toHaveTextContent(/^The code does not match these fields/);
    await expectNoAxeViolations(view.container);
  });

  it('says what a code looks like, and asks for every field, instead of checking nonsense', async () => {
    const user = userEvent.setup();
    render(<CertificateCheck outline={testOutline} course={COURSE} />);
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), 'not a code');
    await user.click(screen.getByRole('button', { name: 'Check the code' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^That is not a verification code/);
    await user.clear(screen.getByRole('textbox', { name: 'Verification code' }));
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), '7XQ2M-4KD9R');
    await user.click(screen.getByRole('button', { name: 'Check the code' }));
    expect(screen.getByRole('status')).toHaveTextContent('Fill in the name, the date and every score first.');
  });
});
