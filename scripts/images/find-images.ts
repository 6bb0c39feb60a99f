import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { imagesInCompose } from './compose-images';
import { type ImageUse, InvalidDockerfileError, imagesInDockerfile } from './dockerfile-images';

/** Image name → the places (`file:line`, relative to the working directory) that need it, sorted. */
export type ImageNeeds = Map<string, string[]>;

export interface FoundImages {
  needs: ImageNeeds;
  /** Dockerfiles that `docker build` rejects before pulling (some examples are wrong on purpose). */
  invalid: Array<{ file: string; reason: string }>;
}

const DOCKERFILE = /^(Dockerfile(\..+)?|.+\.Dockerfile)$/;
const COMPOSE_FILE = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export class ImageFileError extends Error {
  constructor(
    readonly file: string,
    readonly cause: Error,
  ) {
    super(`${file}: ${cause.message}`);
    this.name = 'ImageFileError';
  }
}

/** Every image named by a Dockerfile or compose file under `root` (node_modules and dot-folders skipped). */
export async function findImages(root: string): Promise<FoundImages> {
  const needs: ImageNeeds = new Map();
  const invalid: FoundImages['invalid'] = [];
  for (const file of await filesUnder(root)) {
    const name = path.basename(file);
    const parse =
      DOCKERFILE.test(name) && !name.endsWith('.dockerignore')
        ? imagesInDockerfile
        : COMPOSE_FILE.test(name)
          ? imagesInCompose
          : undefined;
    if (!parse) continue;
    const relative = path.relative(process.cwd(), file);
    let uses: ImageUse[];
    try {
      uses = parse(await readFile(file, 'utf8'));
    } catch (error) {
      if (!(error instanceof InvalidDockerfileError)) throw new ImageFileError(relative, error as Error);
      invalid.push({ file: `${relative}:${error.line}`, reason: error.message.replace(/^line \d+: /, '') });
      continue;
    }
    for (const { image, line } of uses) {
      needs.set(image, [...(needs.get(image) ?? []), `${relative}:${line}`]);
    }
  }
  return { needs: new Map([...needs].sort(([a], [b]) => a.localeCompare(b))), invalid };
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) {
      files.push(...(await filesUnder(full)));
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
  return files;
}
