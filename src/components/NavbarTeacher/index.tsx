import clsx from 'clsx';
import { Link } from '@site/src/components/docusaurusClient';

export const TEACHER_LINKS = [
  { to: '/teach', label: 'Assignments' },
  { to: '/teach/gradebook', label: 'Gradebook' },
] as const;

/** True on the teacher pages (/teach and below), where the navbar shows the teacher's tools. */
export function isTeacherPage(pathname: string, baseUrl: string): boolean {
  const path = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length - 1) : pathname;
  return path === '/teach' || path.startsWith('/teach/');
}

/**
 * What a teacher needs in the navbar on the teacher pages, in place of the learner's "Your
 * progress": their assignments and the gradebook, the current one marked (aria-current).
 */
export default function NavbarTeacher({ mobile = false, pathname }: { mobile?: boolean; pathname: string }) {
  const current = (to: string) => pathname.replace(/\/$/, '').endsWith(to);
  return (
    <>
      {TEACHER_LINKS.map(({ to, label }) =>
        mobile ? (
          <li key={to} className="menu__list-item">
            <Link
              className={clsx('menu__link', current(to) && 'menu__link--active')}
              to={to}
              aria-current={current(to) ? 'page' : undefined}
            >
              {label}
            </Link>
          </li>
        ) : (
          <Link
            key={to}
            className={clsx('navbar__item', 'navbar__link', current(to) && 'navbar__link--active')}
            to={to}
            aria-current={current(to) ? 'page' : undefined}
          >
            {label}
          </Link>
        ),
      )}
    </>
  );
}
