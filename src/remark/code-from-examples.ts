import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { metaValue } from '../contract/fence-meta';
import { REPO_ROOT } from '../contract/paths';

/**
 * Fills a fence that says `file=examples/...` with that file, so a page shows the example exactly as a
 * reader downloads it (src/remark/page-rules.ts has already checked the reference and the empty body).
 */
export default function codeFromExamples() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      const source = metaValue(node.meta, 'file');
      if (!source) return;
      node.value = readFileSync(path.join(REPO_ROOT, source), 'utf8').replace(/\n$/, '');
      if (!metaValue(node.meta, 'title')) node.meta = `${node.meta} title="${path.basename(source)}"`;
    });
  };
}
