import { createWriteStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Never in a download: installed packages and local clutter a reader's own install or editor creates. */
const LEFT_OUT_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);
const LEFT_OUT_FILE = /^(?:\.DS_Store|.*\.log)$/;

/** Files of `folder` that go into its zip, as posix paths relative to it, sorted so zips are stable. */
export function filesToZip(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !LEFT_OUT_FILE.test(entry.name))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep))
    .filter((parts) => !parts.some((part) => LEFT_OUT_DIRS.has(part)))
    .map((parts) => parts.join('/'))
    .sort();
}

/**
 * Writes `folder` as a zip whose entries sit under `<name>/`, so unzipping gives the same folder the
 * tutorial's commands expect. File modes are kept (an executable entrypoint stays executable).
 */
export async function zipFolder(folder: string, name: string, zipFile: string): Promise<number> {
  const zip = new ZipFile();
  const files = filesToZip(folder);
  for (const file of files) {
    const abs = path.join(folder, file);
    const { mode, mtime } = statSync(abs);
    zip.addFile(abs, `${name}/${file}`, { mode, mtime });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipFile));
  return files.length;
}
