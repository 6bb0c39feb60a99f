import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Never in what a reader gets: installed packages and local clutter a reader's own install or editor creates. */
const LEFT_OUT_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);
const LEFT_OUT_FILE = /^(?:\.DS_Store|.*\.log)$/;

/**
 * The files of an example folder a reader downloads, as sorted posix paths relative to it. The zip, the doc
 * runner's workspace copy and the stamp's digest all use this list, so the tests run exactly what readers get.
 */
export function readerFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !LEFT_OUT_FILE.test(entry.name))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep))
    .filter((parts) => !parts.some((part) => LEFT_OUT_DIRS.has(part)))
    .map((parts) => parts.join('/'))
    .sort();
}
