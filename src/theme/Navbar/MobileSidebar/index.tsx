/**
 * Docusaurus's phone menu, with one change: on a phone it first appears in a deferred render. The
 * original mounted the whole hidden menu (the navbar's links and every lesson of the course, with
 * their progress badges) in one synchronous render right after hydration, a long task on a slow
 * phone (bench/REPORT.md); a deferred render yields to the browser between components. Opening
 * the menu renders it at once.
 */
import { useDeferredValue } from 'react';
import { useLockBodyScroll, useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

export default function NavbarMobileSidebar() {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const deferred = useDeferredValue(mobileSidebar.shouldRender);
  if (!(deferred || (mobileSidebar.shouldRender && mobileSidebar.shown))) return null;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
