import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { SOURCE_LINE } from '../contract/fence-meta';

/**
 * Adds `sourceLine=<n>` (the fence's line in the page file) to each fence's meta, so the code block can
 * show the outcome the doc runner recorded for that line in reports/docs-run.json.
 */
export default function sourceLines() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      const line = node.position?.start.line;
      if (line !== undefined) node.meta = node.meta ? `${node.meta} ${SOURCE_LINE}=${line}` : `${SOURCE_LINE}=${line}`;
    });
  };
}
