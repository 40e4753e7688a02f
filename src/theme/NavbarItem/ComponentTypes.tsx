/**
 * Navbar item types, extended with `custom-progress`: a link to the learner's progress page that
 * shows overall completion once progress has loaded.
 */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import NavbarProgress from '@site/src/components/NavbarProgress';

export default {
  ...ComponentTypes,
  'custom-progress': NavbarProgress,
};
