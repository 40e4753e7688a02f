import { renderToString } from 'react-dom/server';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { glossaryById } from '@site/src/data/glossary';
import BareTerm, { type TermProps } from '.';
import { expectNoAxeViolations } from '@site/src/components/testAxe';

vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));

const definition = glossaryById.get('defense-production-act')?.definition ?? '';

/** A Term as the build leaves it: plugins/glossary-terms.ts fills in the term and definition. */
function Term(props: TermProps) {
  const entry = glossaryById.get(props.id);
  return <BareTerm term={entry?.term} definition={entry?.definition} {...props} />;
}

function renderLesson() {
  return render(
    <main>
      <p>
        The <Term id="defense-production-act">Defense Production Act</Term> dates from 1950.
      </p>
      <p>
        <a href="#next">Next part</a>
      </p>
    </main>,
  );
}

describe('Term', () => {
  it('links to the glossary entry and describes the link with the definition', () => {
    renderLesson();
    const link = screen.getByRole('link', { name: 'Defense Production Act' });
    expect(link).toHaveAttribute('href', '/docs/reference/glossary#defense-production-act');
    expect(link).toHaveAccessibleDescription(definition);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows the definition on hover and keeps it while the pointer is over it', async () => {
    const user = userEvent.setup();
    renderLesson();
    await user.hover(screen.getByRole('link', { name: 'Defense Production Act' }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent(definition);
    await user.hover(tooltip);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.unhover(tooltip);
    // It lingers briefly so a pointer crossing the text beside the term does not lose it.
    expect(screen.getByRole('tooltip')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('shows the definition when reached with Tab and hides it again on blur', async () => {
    const user = userEvent.setup();
    renderLesson();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Defense Production Act' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(definition);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Next part' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('hides the definition on Escape without moving focus, and shows it again on the next focus', async () => {
    const user = userEvent.setup();
    renderLesson();
    await user.tab();
    await user.keyboard('{Escape}');
    const link = screen.getByRole('link', { name: 'Defense Production Act' });
    expect(link).toHaveFocus();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab({ shift: true });
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
  });

  it('lets Escape dismiss a tooltip opened by hover while focus is elsewhere', async () => {
    const user = userEvent.setup();
    renderLesson();
    await user.hover(screen.getByRole('link', { name: 'Defense Production Act' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('uses the glossary term when no text is given', () => {
    render(<Term id="defense-production-act" />);
    expect(screen.getByRole('link', { name: 'Defense Production Act (DPA)' })).toBeInTheDocument();
  });

  it('marks an unknown id visibly instead of crashing', () => {
    render(
      <p>
        <Term id="no-such-term">mystery words</Term>
      </p>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('mystery words', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('[unknown glossary term: no-such-term]')).toBeInTheDocument();
  });

  it('renders the definition in server HTML as hidden text, the same every time', () => {
    const html = renderToString(<Term id="stay">stay</Term>);
    expect(html).toContain('hidden=""');
    expect(html).toContain(glossaryById.get('stay')?.definition.slice(0, 40));
    expect(renderToString(<Term id="stay">stay</Term>)).toBe(html);
  });

  it('has no axe violations, closed or open', async () => {
    const user = userEvent.setup();
    const { container } = renderLesson();
    await expectNoAxeViolations(container);
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await expectNoAxeViolations(container);
  });
});
