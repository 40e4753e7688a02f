import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useOverallProgress } from '@site/src/course/useOverallProgress';
import { useHydrated } from '../useHydrated';

/**
 * "Your progress: N%" in the navbar: the course figure (src/course/courseProgress.ts), which counts
 * questions answered right as well as lessons complete. It shows once saved progress is known
 * (after hydration), 0 % included, so a fresh start or a reset reads "0%", not a blank.
 */
export default function NavbarProgress({ mobile = false }: { mobile?: boolean }) {
  const { percent } = useOverallProgress();
  const hydrated = useHydrated();
  const label = hydrated ? `Your progress: ${percent}%` : 'Your progress';
  return mobile ? (
    <li className="menu__list-item">
      <Link className="menu__link" to="/progress">
        {label}
      </Link>
    </li>
  ) : (
    <Link className={clsx('navbar__item', 'navbar__link')} to="/progress">
      {label}
    </Link>
  );
}
