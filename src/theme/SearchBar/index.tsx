import { lazy, Suspense, useEffect, useRef, type ComponentProps, type ReactNode, type RefObject } from 'react';
import clsx from 'clsx';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { translate } from '@docusaurus/Translate';
import type OriginalSearchBar from '@theme-original/SearchBar';
import { NAVBAR_END_ID } from '../../data/navbar-end';
// The plugin's own class names, so the stand-in below takes exactly the bar's place and look.
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';

// The local search bar brings lunr and its Korean and English support (≈ 60 kB). Split off the main bundle,
// it loads in its own chunk while the page hydrates.
const SearchBar = lazy(() => import('@theme-original/SearchBar'));

const searchLabel = (): string =>
  translate({ id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button' });

/**
 * Shown until the bar's chunk arrives. React drops the server-rendered bar when the navbar updates before the
 * chunk has loaded (it cannot hydrate a part whose code is missing), so an empty fallback made the navbar's
 * right side collapse and grow back on every page load. This one has the bar's size, icon and placeholder.
 */
function SearchBarStandIn(): ReactNode {
  const label = searchLabel();
  return (
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        {/* The plugin's magnifier icon. */}
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input placeholder={label} aria-label={label} className={clsx('navbar__search-input', styles.searchInput)} readOnly />
    </div>
  );
}

/**
 * The plugin writes `aria-label="Search"` on its input in every language; screen readers on the Korean site
 * should hear the same translated word the placeholder shows. React never rewrites a prop that does not
 * change, so setting it once after the bar mounts holds.
 */
function TranslatedInputLabel({ container }: { container: RefObject<HTMLDivElement | null> }): null {
  const label = searchLabel();
  useEffect(() => {
    container.current?.querySelector('input')?.setAttribute('aria-label', label);
  }, [container, label]);
  return null;
}

export default function SearchBarWrapper(props: ComponentProps<typeof OriginalSearchBar>): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  return (
    <div ref={container} id={NAVBAR_END_ID} style={{ display: 'contents' }}>
      {/* A chunk that fails to load (a dropped connection) costs the reader the search box, not the page. */}
      <ErrorBoundary fallback={() => <SearchBarStandIn />}>
        <Suspense fallback={<SearchBarStandIn />}>
          <SearchBar {...props} />
          <TranslatedInputLabel container={container} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
