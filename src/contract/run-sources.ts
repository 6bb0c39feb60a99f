import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES_DIR, LOCALE_DIRS, LOCALES } from './paths';
import { readerFiles } from './reader-files';

/**
 * Every file under a folder, repository-relative; for an example folder, what a reader downloads. A missing
 * folder is listed as itself, so whatever depends on it counts as changed rather than as having no files.
 */
export function filesUnder(root: string, folder: string): string[] {
  const abs = path.join(root, folder);
  if (!existsSync(abs)) return [folder];
  const files = folder.startsWith(`${EXAMPLES_DIR}/`)
    ? readerFiles(abs)
    : readdirSync(abs, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(abs, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  return files.map((f) => `${folder}/${f}`).sort();
}

/** The example folders under examples/, by name. */
export const exampleNames = (root: string): string[] =>
  (existsSync(path.join(root, EXAMPLES_DIR)) ? readdirSync(path.join(root, EXAMPLES_DIR), { withFileTypes: true }) : [])
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();

/** sha256 of a repository file, or undefined when it is gone. */
export function digestOf(root: string, file: string): string | undefined {
  try {
    return createHash('sha256')
      .update(readFileSync(path.join(root, file)))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * The content of every file a doc run depends on, by path: both languages' pages and what readers download of
 * each example. Stamps compare content, not file times: a fresh clone rewrites every file time.
 */
export function digestRunSources(root: string): Record<string, string> {
  const folders = [...LOCALES.map((l) => LOCALE_DIRS[l]), ...exampleNames(root).map((n) => `${EXAMPLES_DIR}/${n}`)];
  const digests: Record<string, string> = {};
  for (const file of folders.flatMap((folder) => filesUnder(root, folder))) {
    const digest = digestOf(root, file);
    if (digest) digests[file] = digest;
  }
  return digests;
}
