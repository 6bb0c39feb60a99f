import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { metaValue } from './fence-meta';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Fills a fence that says `file=examples/...` with that file, so a page shows the example exactly as a
 * reader downloads it. The fence body must be empty: a pasted copy would drift from the file.
 */
export default function codeFromExamples() {
  return (tree: Root, file: { path?: string }) => {
    visit(tree, 'code', (node: Code) => {
      const source = metaValue(node.meta, 'file');
      if (!source) return;
      const where = `${file.path ?? '?'}:${node.position?.start.line ?? '?'}`;
      if (!source.startsWith('examples/')) {
        throw new Error(`${where}: file=${source} must point into examples/`);
      }
      if (node.value.trim() !== '') {
        throw new Error(`${where}: a file=${source} fence must be empty; its content comes from the file`);
      }
      node.value = readFileSync(path.join(REPO_ROOT, source), 'utf8').replace(/\n$/, '');
      if (!metaValue(node.meta, 'title')) {
        node.meta = `${node.meta} title="${path.basename(source)}"`;
      }
    });
  };
}
