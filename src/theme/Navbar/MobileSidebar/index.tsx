import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { type ReactNode, useEffect, useState } from 'react';

/**
 * The phone menu, drawn the first time it is opened rather than as soon as a page has loaded on a phone: it holds
 * every chapter of the sidebar, and drawing them all, hidden, was work a phone did before the page answered a tap.
 * Once drawn it stays (closed, out of the layout: src/css/custom.css), and it slides in either way.
 */
export default function NavbarMobileSidebarWrapper(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  useEffect(() => {
    if (shown) setOpened(true);
  }, [shown]);
  return shown || opened ? <NavbarMobileSidebar /> : null;
}
