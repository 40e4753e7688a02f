import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { glossary, glossaryById } from '@site/src/data/glossary';
import { collectedAnchors } from '../testDocusaurusClient';
import { groupByLetter, matchesQuery, shownMessage } from './groups';
import Glossary from '.';

vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));

const termsOnPage = (container: HTMLElement) =>
  [...container.querySelectorAll('h3')].map((term) => term.firstChild?.textContent);

describe('Glossary', () => {
  it('lists every term alphabetically under letter headings, each anchored by its id', () => {
    const { container } = render(<Glossary />);
    const terms = termsOnPage(container);
    expect(terms).toHaveLength(glossary.length);
    expect(terms).toEqual(
      [...terms].sort((a, b) =>
        (a ?? '').localeCompare(b ?? '', 'en', { sensitivity: 'base', numeric: true }),
      ),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'A' })).toBeInTheDocument();
    for (const entry of glossary)
      expect(container.querySelector(`h3[id="${entry.id}"]`)).toHaveTextContent(entry.term);
    expect(screen.getByRole('status')).toHaveTextContent(shownMessage(glossary.length));
  });

  it('gives each term its definition, source link and See also links', () => {
    const { container } = render(<Glossary />);
    const entry = glossaryById.get('defense-production-act');
    const details = container.querySelector('h3[id="defense-production-act"] + div') as HTMLElement;
    expect(details).toHaveTextContent(entry?.definition ?? 'missing');
    expect(within(details).getByRole('link', { name: entry?.source.title })).toHaveAttribute(
      'href',
      entry?.source.url,
    );
    const title = glossaryById.get('title-i')?.term ?? 'missing';
    expect(within(details).getByRole('link', { name: title })).toHaveAttribute('href', '#title-i');
  });

  it('registers every term id with the broken-anchor check', () => {
    collectedAnchors.clear();
    render(<Glossary />);
    for (const entry of glossary) expect(collectedAnchors.has(entry.id), entry.id).toBe(true);
  });

  it('filters terms as you type and says how many are shown', async () => {
    const user = userEvent.setup();
    const { container } = render(<Glossary />);
    await user.type(screen.getByRole('searchbox', { name: 'Find a term' }), 'HUMAN');
    const expected = glossary.filter((entry) => matchesQuery(entry, 'human'));
    expect(termsOnPage(container)).toHaveLength(expected.length);
    expect(screen.getByRole('status')).toHaveTextContent(shownMessage(expected.length));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(termsOnPage(container)).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No terms match “HUMANzzz”.');
  });

  it('clears the filter when a See also link points at a hidden term', async () => {
    const user = userEvent.setup();
    const { container } = render(<Glossary />);
    await user.type(screen.getByRole('searchbox', { name: 'Find a term' }), 'Defense Production');
    const title = glossaryById.get('title-i')?.term ?? 'missing';
    await user.click(screen.getByRole('link', { name: title }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(container.querySelector('h3[id="title-i"]')).toBeInTheDocument();
  });

  it('groups sorted entries by first letter', () => {
    const make = (term: string) => ({ ...glossary[0]!, id: term.toLowerCase(), term });
    const groups = groupByLetter([make('Alpha'), make('apple'), make('Beta')]);
    expect(groups.map(({ letter, entries }) => `${letter}${entries.length}`)).toEqual(['A2', 'B1']);
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Glossary</h1>
        <Glossary />
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    // axe walks every node of a 57-term page; jsdom makes that slow, not wrong.
  }, 30_000);
});
