import { createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { readerFiles } from '../../contract/reader-files';

/**
 * Writes what a reader downloads of `folder` (src/contract/reader-files.ts) as a zip whose entries sit under
 * `<name>/`, so unzipping gives the folder the tutorial's commands expect. File modes are kept (an executable
 * entrypoint stays executable).
 */
export async function zipFolder(folder: string, name: string, zipFile: string): Promise<number> {
  const zip = new ZipFile();
  const files = readerFiles(folder);
  for (const file of files) {
    const abs = path.join(folder, file);
    const { mode, mtime } = statSync(abs);
    zip.addFile(abs, `${name}/${file}`, { mode, mtime });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipFile));
  return files.length;
}
