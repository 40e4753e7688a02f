/**
 * Navbar item types, extended with `custom-progress`: on the learner's pages a link to their
 * progress page that shows overall completion once progress has loaded; on the teacher pages
 * (/teach and below) the teacher's own tools instead (NavbarTeacher).
 */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import NavbarProgress from '@site/src/components/NavbarProgress';
import NavbarTeacher, { isTeacherPage } from '@site/src/components/NavbarTeacher';

function ProgressOrTeacherTools({ mobile = false }: { mobile?: boolean }) {
  const { pathname } = useLocation();
  const baseUrl = useBaseUrl('/');
  return isTeacherPage(pathname, baseUrl) ? (
    <NavbarTeacher mobile={mobile} pathname={pathname} />
  ) : (
    <NavbarProgress mobile={mobile} />
  );
}

export default {
  ...ComponentTypes,
  'custom-progress': ProgressOrTeacherTools,
};
