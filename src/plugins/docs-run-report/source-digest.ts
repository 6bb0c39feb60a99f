import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What a doc run reads: the pages of both languages and the example folders they copy into a workspace. */
export const RUN_SOURCES = ['docs', 'i18n/en/docusaurus-plugin-content-docs/current', 'examples'] as const;

/**
 * Every file under a folder, repository-relative, skipping what a reader's download leaves out too. A missing
 * folder is listed as itself, so whatever depends on it counts as changed rather than as having no files.
 */
export function filesUnder(root: string, folder: string): string[] {
  const abs = path.join(root, folder);
  if (!existsSync(abs)) return [folder];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !path.relative(abs, e.parentPath).split(path.sep).includes('node_modules'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** sha256 of a repository file, or undefined when it is gone. */
export function digestOf(root: string, file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * The content of every file a doc run depends on, by path. Stamps compare content, not file times: a fresh
 * clone or a branch switch rewrites every file time without changing what ran.
 */
export function digestRunSources(root: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const file of RUN_SOURCES.flatMap((folder) => filesUnder(root, folder))) {
    const digest = digestOf(root, file);
    if (digest) digests[file] = digest;
  }
  return digests;
}
