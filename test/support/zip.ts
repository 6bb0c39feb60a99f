import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

const openZip = (file: string): Promise<ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );

/** Calls `onEntry` for each entry in order; resolves once the whole zip has been read. */
async function eachEntry(file: string, onEntry: (entry: Entry, zip: ZipFile) => Promise<void>): Promise<void> {
  const zip = await openZip(file);
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => onEntry(entry, zip).then(() => zip.readEntry(), reject));
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Entry names of a zip, as stored. */
export async function zipEntries(file: string): Promise<string[]> {
  const names: string[] = [];
  await eachEntry(file, async (entry) => void names.push(entry.fileName));
  return names;
}

/** Each entry as `name crc32 size mode`: two zips with the same list hold the same files. */
export async function zipContents(file: string): Promise<string[]> {
  const entries: string[] = [];
  await eachEntry(file, async (entry) => {
    const mode = ((entry.externalFileAttributes >>> 16) & 0o777).toString(8);
    entries.push(`${entry.fileName} ${entry.crc32.toString(16)} ${entry.uncompressedSize} ${mode}`);
  });
  return entries;
}

/** Unpacks a zip into `dir` (which should be empty), keeping file modes, as a reader's unzip tool does. */
export async function unzip(file: string, dir: string): Promise<void> {
  await eachEntry(file, async (entry, zip) => {
    const target = path.join(dir, entry.fileName);
    if (!target.startsWith(path.resolve(dir) + path.sep))
      throw new Error(`${file}: entry ${entry.fileName} leaves the folder`);
    if (entry.fileName.endsWith('/')) return void mkdirSync(target, { recursive: true });
    mkdirSync(path.dirname(target), { recursive: true });
    const mode = (entry.externalFileAttributes >>> 16) & 0o777;
    const read = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))),
    );
    await pipeline(read, createWriteStream(target, { mode: mode || 0o644 }));
  });
}
