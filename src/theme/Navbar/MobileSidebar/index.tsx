/**
 * Docusaurus's phone menu, with two changes.
 *
 * It is built the first time it is opened, then kept. The original mounted the whole hidden menu
 * (the navbar's links and every lesson of the course, with their progress badges) right after
 * hydration, and the browser then laid out the page again for it: about 100 ms of a slow phone's
 * start-up for a menu most visits never open (bench/REPORT.md). The cost is that the first
 * opening appears without the slide-in; later ones slide.
 *
 * Escape closes it and gives focus back to the button that opened it (the original ignores
 * Escape, leaving a keyboard user to find the close button).
 */
import { useEffect, useState } from 'react';
import { useLockBodyScroll, useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

export default function NavbarMobileSidebar() {
  const { shown, toggle, shouldRender } = useNavbarMobileSidebar();
  useLockBodyScroll(shown);
  useEffect(() => {
    if (!shown) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      toggle();
      document.querySelector<HTMLElement>('.navbar__toggle')?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [shown, toggle]);
  // Set during render (React's pattern for state derived from a change): React renders again at
  // once, before committing, so the first opening shows the menu in the same pass.
  const [opened, setOpened] = useState(false);
  if (shown && !opened) setOpened(true);
  if (!(shouldRender && opened)) return null;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
