import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useOverallProgress } from '@site/src/course/useOverallProgress';

/** "Your progress" in the navbar, with the overall percentage once the learner has started. */
export default function NavbarProgress({ mobile = false }: { mobile?: boolean }) {
  const { percent, lastPage } = useOverallProgress();
  const started = lastPage !== undefined || percent > 0;
  const label = started ? `Your progress: ${percent}%` : 'Your progress';
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
