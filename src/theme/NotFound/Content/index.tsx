import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ChapterPath from '@site/src/components/ChapterPath';
import Heading from '@theme/Heading';
import type { Props } from '@theme/NotFound/Content';
import clsx from 'clsx';
import { type ReactNode, useEffect, useState } from 'react';
import styles from './styles.module.css';

/** `/en/docs/volums-guide` → `volums guide`: the words the reader was probably after. */
const wordsOf = (pathname: string): string =>
  decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? '')
    .replace(/\.html?$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();

/** A form for the search plugin's own page (`/search?q=`), which works before any script has run. */
function SearchForm(): ReactNode {
  const { pathname } = useLocation();
  const [query, setQuery] = useState('');
  // The static 404 page is one file for every missing address, so the words come from the address in the browser.
  useEffect(
    () => setQuery((current) => current || (/\/404(\.html)?$/.test(pathname) ? '' : wordsOf(pathname))),
    [pathname],
  );
  const label = translate({ id: 'notFound.search.label', message: '사이트에서 검색' });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a search form as a landmark, the ARIA way every browser knows.
    <form className={styles.search} action={useBaseUrl('/search')} method="get" role="search">
      <input
        type="search"
        name="q"
        className={styles.query}
        aria-label={label}
        placeholder={label}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <button type="submit" className="button button--primary">
        <Translate id="notFound.search.submit">검색</Translate>
      </button>
    </form>
  );
}

/** What a missing address shows, in both languages: how to search for the page, and every chapter. */
export default function NotFoundContent({ className }: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className={styles.page}>
        <Heading as="h1" className="hero__title">
          <Translate id="theme.NotFound.title" description="The title of the 404 page">
            페이지를 찾을 수 없습니다
          </Translate>
        </Heading>
        <p>
          <Translate id="notFound.explanation">
            주소가 바뀌었거나 잘못 입력된 것 같습니다. 찾던 내용을 검색하거나, 아래 목록에서 장을 골라 보세요.
          </Translate>
        </p>
        <SearchForm />
        <Heading as="h2">
          <Translate id="notFound.chapters">모든 장</Translate>
        </Heading>
        <ChapterPath headingAs="h3" />
      </div>
    </main>
  );
}
