import { gatherPages } from '../../docs/pages';
import type { Locale, Page } from '../../docs/types';

const gathered = new Map<Locale, Page[]>();

/** The doc pages of a locale, in sidebar order, read once per test worker (reading them takes a while). */
export function docPages(locale: Locale): readonly Page[] {
  let pages = gathered.get(locale);
  if (!pages) gathered.set(locale, (pages = gatherPages(locale)));
  return pages;
}
