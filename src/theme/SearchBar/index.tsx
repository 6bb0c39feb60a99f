import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type OriginalSearchBar from '@theme-original/SearchBar';

// The local search bar brings lunr and its Korean and English support (≈ 60 kB). Split off the main bundle,
// it loads in its own chunk while the page hydrates; the server-rendered bar stays in place meanwhile.
const SearchBar = lazy(() => import('@theme-original/SearchBar'));

export default function SearchBarWrapper(props: ComponentProps<typeof OriginalSearchBar>): ReactNode {
  return (
    <Suspense fallback={null}>
      <SearchBar {...props} />
    </Suspense>
  );
}
