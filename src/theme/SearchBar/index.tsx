import { lazy, Suspense, useEffect, useRef, type ComponentProps, type ReactNode, type RefObject } from 'react';
import { translate } from '@docusaurus/Translate';
import type OriginalSearchBar from '@theme-original/SearchBar';

// The local search bar brings lunr and its Korean and English support (≈ 60 kB). Split off the main bundle,
// it loads in its own chunk while the page hydrates; the server-rendered bar stays in place meanwhile.
const SearchBar = lazy(() => import('@theme-original/SearchBar'));

/**
 * The plugin writes `aria-label="Search"` on its input in every language; screen readers on the Korean site
 * should hear the same translated word the placeholder shows. React never rewrites a prop that does not
 * change, so setting it once after the bar mounts holds.
 */
function TranslatedInputLabel({ container }: { container: RefObject<HTMLDivElement | null> }): null {
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button' });
  useEffect(() => {
    container.current?.querySelector('input')?.setAttribute('aria-label', label);
  }, [container, label]);
  return null;
}

export default function SearchBarWrapper(props: ComponentProps<typeof OriginalSearchBar>): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  return (
    <div ref={container} style={{ display: 'contents' }}>
      <Suspense fallback={null}>
        <SearchBar {...props} />
        <TranslatedInputLabel container={container} />
      </Suspense>
    </div>
  );
}
