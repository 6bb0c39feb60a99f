import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the site, the doc runner and the scripts agree things live; every path below is repository-relative. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Locale = 'ko' | 'en';
export const LOCALES: readonly Locale[] = ['ko', 'en'];

/** Where each locale's pages live (Docusaurus i18n layout): Korean is the source, English mirrors it. */
export const LOCALE_DIRS: Readonly<Record<Locale, string>> = {
  ko: 'docs',
  en: 'i18n/en/docusaurus-plugin-content-docs/current',
};

/** The example folders pages show and readers download. */
export const EXAMPLES_DIR = 'examples';

/** What a doc run leaves for the coverage line and the site's stamps. */
export const REPORT_FILE = 'reports/docs-run.json';

/** Repository-relative, `/`-separated form of an absolute path. */
export const repoPath = (abs: string, root: string = REPO_ROOT): string =>
  path.relative(root, abs).split(path.sep).join('/');

/** The locale whose folder holds a page file (absolute or repository-relative), or undefined outside both. */
export function localeOfPage(file: string, root: string = REPO_ROOT): Locale | undefined {
  const rel = path.isAbsolute(file) ? repoPath(file, root) : file;
  return LOCALES.find((locale) => rel.startsWith(`${LOCALE_DIRS[locale]}/`));
}

/** `build-and-run` for `docs/build-and-run.md` or its English mirror. */
export function slugOfPage(file: string, root: string = REPO_ROOT): string | undefined {
  const rel = path.isAbsolute(file) ? repoPath(file, root) : file;
  const locale = localeOfPage(rel, root);
  return locale && rel.slice(LOCALE_DIRS[locale].length + 1).replace(/\.mdx?$/, '');
}
