import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { timeline } from '@site/src/data/timeline';
import Timeline, { eventsShownMessage } from '.';
import { SUMMARIES_MARKER } from './TimelineItem';

vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));

const eventItems = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.closest('li')!);

describe('Timeline', () => {
  it('lists every event in an ordered list, earliest first', () => {
    const { container } = render(<Timeline />);
    expect(container.querySelector('ol')).toBeInTheDocument();
    // Each title is followed by its hidden heading link (a zero-width space).
    const titles = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent?.replace('\u200b', ''));
    expect(titles).toEqual(timeline.map((event) => event.title));
    const dates = [...container.querySelectorAll('time')].map((time) => time.getAttribute('dateTime'));
    expect(dates).toEqual(timeline.map((event) => event.date));
  });

  it('writes dates in full, and puts a month-only event after the dated events of its month', () => {
    const { container } = render(<Timeline />);
    const times = [...container.querySelectorAll('time')];
    const march = times.findIndex((time) => time.getAttribute('dateTime') === '2026-03');
    expect(times[march]).toHaveTextContent(/^March 2026$/);
    expect(times[march - 1]?.getAttribute('dateTime')).toMatch(/^2026-03-\d\d$/);
    expect(times[march + 1]?.getAttribute('dateTime')).toMatch(/^2026-04/);
    expect(container.querySelector('time[datetime="2026-02-24"]')).toHaveTextContent(/^24 February 2026$/);
  });

  it('labels facts and reported claims in words, naming who reported', () => {
    render(<Timeline />);
    const reported = timeline.find((event) => event.label === 'reported');
    const fact = timeline.find((event) => event.label === 'fact');
    const item = (title = '') => screen.getByRole('heading', { level: 3, name: title }).closest('li')!;
    expect(
      within(item(reported?.title)).getByText(`Reported by ${reported?.reportedBy}`),
    ).toBeInTheDocument();
    expect(within(item(fact?.title)).getByText('Fact')).toBeInTheDocument();
  });

  it('marks, beside its label, each event the course read only in summaries, and no other', () => {
    render(<Timeline />);
    const marked = timeline.filter((event) => event.readInSummaries);
    expect(marked.length).toBeGreaterThan(0);
    const markedTitles = eventItems()
      .filter((item) => within(item).queryByText(SUMMARIES_MARKER))
      .map((item) => within(item).getByRole('heading', { level: 3 }).textContent?.replace('\u200b', ''));
    expect(markedTitles).toEqual(marked.map((event) => event.title));
  });

  it('says how a source was checked when the original was not opened', () => {
    render(<Timeline />);
    const event = timeline.find((item) => item.sources.some((source) => source.note));
    const source = event?.sources.find((item) => item.note);
    const link = screen.getByRole('link', { name: source?.title });
    expect(link.closest('li')).toHaveTextContent(`(${source?.publisher}; ${source?.note})`);
  });

  it('links each event to its sources and to the unit that teaches it', () => {
    render(<Timeline />);
    const [first] = eventItems();
    const event = timeline[0]!;
    const source = event.sources[0]!;
    expect(within(first!).getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    expect(within(first!).getByRole('link', { name: /^Unit \d:/ })).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`^/docs/unit-${event.unit}-[a-z-]+/overview$`)),
    );
  });

  it('shows only one unit’s events when its button is pressed, and all again on “All units”', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    const group = screen.getByRole('group', { name: 'Show events from' });
    const all = within(group).getByRole('button', { name: 'All units' });
    expect(all).toHaveAttribute('aria-pressed', 'true');
    const unit2 = within(group).getByRole('button', { name: 'Unit 2: Usage policies' });
    await user.click(unit2);
    expect(unit2).toHaveAttribute('aria-pressed', 'true');
    expect(all).toHaveAttribute('aria-pressed', 'false');
    const expected = timeline.filter((event) => event.unit === 2);
    expect(eventItems()).toHaveLength(expected.length);
    expect(screen.getByRole('status')).toHaveTextContent(eventsShownMessage(expected.length));
    await user.click(all);
    expect(eventItems()).toHaveLength(timeline.length);
    expect(screen.getByRole('status')).toHaveTextContent(eventsShownMessage(timeline.length));
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Timeline</h1>
        <h2>Events</h2>
        <Timeline />
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  }, 30_000);
});
