import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_DIRS, REPO_ROOT } from '../../../src/contract/paths';
import { gatherPage } from './gather-page';
import type { Locale, Page } from './types';

export interface PagesOptions {
  readonly repoRoot: string;
  /** Directory holding the locale's pages; defaults to LOCALE_DIRS under repoRoot. */
  readonly localeRoot?: string;
}

/** Every page of a locale in sidebar order: `sidebar_position` first (pages without it last), then path. */
export function gatherPages(locale: Locale, options: PagesOptions = { repoRoot: REPO_ROOT }): Page[] {
  const localeRoot = options.localeRoot ?? path.join(options.repoRoot, LOCALE_DIRS[locale]);
  return listPageFiles(localeRoot)
    .map((file) => gatherPage(file, { repoRoot: options.repoRoot, localeRoot, locale }))
    .sort(
      (a, b) =>
        (a.sidebarPosition ?? Infinity) - (b.sidebarPosition ?? Infinity) ||
        (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    );
}

/** Markdown files under root; names starting with `_` are partials Docusaurus does not publish as pages. */
export function listPageFiles(root: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.'))
    .flatMap((e) => {
      const full = path.join(root, e.name);
      if (e.isDirectory()) return listPageFiles(full);
      return /\.mdx?$/.test(e.name) ? [full] : [];
    });
}
