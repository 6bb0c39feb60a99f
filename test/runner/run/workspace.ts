import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PageError } from '../../../src/contract/page-error';
import { readerFiles } from '../../../src/contract/reader-files';
import type { Page } from '../gather/types';

export interface Workspace {
  /** Temporary root; removed when the page ends. */
  readonly root: string;
  /** The reader's folder holding the copied examples (`<root>/work`). */
  readonly work: string;
  /** Where the shell starts: the first example folder, or `work` itself. */
  readonly start: string;
  /** Runner files (scripts, saved state) kept out of the reader's folders. */
  readonly stateDir: string;
  /** The page's own DOCKER_CONFIG, so a `docker login` on a page never outlives it or touches the machine's. */
  readonly dockerConfig: string;
}

/**
 * Lays out a page's example folders as a reader who downloaded them has them: `<root>/work/<example>/…` holding
 * exactly the files of the download (src/contract/reader-files.ts), so `cd ..` shows only the examples.
 */
export function createWorkspace(page: Page, examplesDir: string): Workspace {
  for (const name of page.examples) {
    const source = path.join(examplesDir, name);
    if (!existsSync(source)) {
      throw new PageError(page.file, 1, `front matter names example "${name}", but ${source} does not exist`);
    }
  }
  const root = mkdtempSync(path.join(os.tmpdir(), `docker101-docs-${page.slug.replace(/\W+/g, '-')}-`));
  const work = path.join(root, 'work');
  const stateDir = path.join(root, 'state');
  mkdirSync(work);
  mkdirSync(stateDir);
  for (const name of page.examples) copyReaderFiles(path.join(examplesDir, name), path.join(work, name));
  const first = page.examples[0];
  const dockerConfig = createDockerConfig(root);
  return { root, work, start: first === undefined ? work : path.join(work, first), stateDir, dockerConfig };
}

/** An empty docker client config that still finds CLI plugins (compose, buildx) installed per user. */
function createDockerConfig(root: string): string {
  const dir = path.join(root, 'docker-config');
  mkdirSync(dir);
  const userPlugins = path.join(process.env.DOCKER_CONFIG ?? path.join(os.homedir(), '.docker'), 'cli-plugins');
  if (existsSync(userPlugins)) symlinkSync(userPlugins, path.join(dir, 'cli-plugins'));
  return dir;
}

/** Copies what a reader downloads of an example folder, keeping file modes (an executable stays executable). */
function copyReaderFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const file of readerFiles(from)) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(from, file), target);
  }
}

export function removeWorkspace(workspace: Workspace): void {
  rmSync(workspace.root, { recursive: true, force: true });
}
