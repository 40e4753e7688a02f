import clsx from 'clsx';
import { Link } from '../docusaurusClient';
import { useOverallProgress } from '@site/src/course/useOverallProgress';
import { useDueCount } from '@site/src/review/useDueCount';
import { useHydrated } from '../useHydrated';

/**
 * "Your progress: N%" in the navbar: the course figure (src/course/courseProgress.ts), which counts
 * questions answered right as well as lessons complete. It shows once saved progress is known
 * (after hydration), 0 % included, so a fresh start or a reset reads "0%", not a blank. Beside it,
 * "N to review" links to /review while any question is due (src/review/due.ts).
 */
export default function NavbarProgress({ mobile = false }: { mobile?: boolean }) {
  const { percent } = useOverallProgress();
  const due = useDueCount();
  const hydrated = useHydrated();
  const label = hydrated ? `Your progress: ${percent}%` : 'Your progress';
  const links: [string, string][] = [['/progress', label]];
  if (hydrated && due > 0) links.push(['/review', `${due} to review`]);
  return mobile ? (
    <>
      {links.map(([to, text]) => (
        <li key={to} className="menu__list-item">
          <Link className="menu__link" to={to}>
            {text}
          </Link>
        </li>
      ))}
    </>
  ) : (
    <>
      {links.map(([to, text]) => (
        <Link key={to} className={clsx('navbar__item', 'navbar__link')} to={to}>
          {text}
        </Link>
      ))}
    </>
  );
}
