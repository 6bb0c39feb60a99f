import { NAVBAR_END_ID } from '@site/src/data/navbar-end';
import Navbar from '@theme-original/Navbar';
import type { ReactNode } from 'react';

/**
 * The navbar, then the element the browser waits for before its first paint (docusaurus.config.ts). It stands
 * after the whole navbar: Chromium lets the paint go at the element's start tag, and matches `:last-child`
 * (the right-hand items' spacing) only once their parent is closed, so a marker inside it still let them move.
 */
export default function NavbarWrapper(): ReactNode {
  return (
    <>
      <Navbar />
      <span id={NAVBAR_END_ID} hidden />
    </>
  );
}
