import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PageError } from './errors';
import type { Page } from './types';

export interface Workspace {
  /** Temporary root; removed when the page ends. */
  readonly root: string;
  /** The reader's folder holding the copied examples (`<root>/work`). */
  readonly work: string;
  /** Where the shell starts: the first example folder, or `work` itself. */
  readonly start: string;
  /** Runner files (scripts, saved state) kept out of the reader's folders. */
  readonly stateDir: string;
}

/**
 * Lays out a page's example folders as a reader who downloaded them would have them:
 * `<root>/work/<example>/…` without node_modules, so `cd ..` shows only the examples.
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
  for (const name of page.examples) {
    cpSync(path.join(examplesDir, name), path.join(work, name), {
      recursive: true,
      filter: (src) => path.basename(src) !== 'node_modules',
    });
  }
  const first = page.examples[0];
  return { root, work, start: first === undefined ? work : path.join(work, first), stateDir };
}
