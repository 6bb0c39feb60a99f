import type { Locale } from '../../../src/contract/paths';
import { gatherPages } from '../../runner/gather/pages';
import type { Page } from '../../runner/gather/types';

const gathered = new Map<Locale, Page[]>();

/** The doc pages of a locale, in sidebar order, read once per test worker (reading them takes a while). */
export function docPages(locale: Locale): readonly Page[] {
  const pages = gathered.get(locale) ?? gatherPages(locale);
  gathered.set(locale, pages);
  return pages;
}
