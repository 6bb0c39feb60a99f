import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PageError } from './errors';
import type { Page } from './types';

/** Fence languages that show a file's content: they must come from examples/ through `file=`. */
export const FILE_LANGS: ReadonlySet<string> = new Set([
  'dockerfile', 'yaml', 'yml', 'json', 'js', 'javascript', 'ts', 'typescript', 'html', 'css', 'ini', 'properties',
]);

/** A page may only show a file as it is: `file=` names an existing file under examples/, the body is empty or equal. */
export function checkFileBlocks(page: Page, repoRoot: string): PageError[] {
  const problems: PageError[] = [];
  for (const block of page.blocks) {
    const fail = (problem: string): number => problems.push(new PageError(block.file, block.line, problem));
    const needsFile = FILE_LANGS.has(block.lang.toLowerCase());
    if (block.fileRef === undefined) {
      if (needsFile) {
        fail(`${block.lang} block without file=: show files from examples/ with file=examples/<folder>/<file> and an empty body`);
      }
      continue;
    }
    const target = path.resolve(repoRoot, block.fileRef);
    const examples = path.join(repoRoot, 'examples') + path.sep;
    if (!target.startsWith(examples)) {
      fail(`file=${block.fileRef} must point under examples/`);
      continue;
    }
    let content: string;
    try {
      if (!statSync(target).isFile()) throw new Error('not a file');
      content = readFileSync(target, 'utf8');
    } catch {
      fail(`file=${block.fileRef} does not exist`);
      continue;
    }
    if (block.text !== '' && block.text.trimEnd() !== content.trimEnd()) {
      fail(`block body differs from ${block.fileRef}: leave the body empty, the site fills it from the file`);
    }
  }
  return problems;
}
