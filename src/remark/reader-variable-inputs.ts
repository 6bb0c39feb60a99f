import type { Code, Root, RootContent } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import { placeholderOf, READER_VARIABLE_NAMES, type ReaderVariable } from '../data/reader-variables';

const inputFor = (name: ReaderVariable): RootContent =>
  ({
    type: 'mdxJsxFlowElement',
    name: 'ReaderVariableInput',
    attributes: [{ type: 'mdxJsxAttribute', name: 'name', value: name }],
    children: [],
  }) as unknown as RootContent;

/** True when a fence in `node` (or `node` itself) shows the placeholder. */
function usesVariable(node: RootContent, name: ReaderVariable): boolean {
  let found = false;
  visit(node, 'code', (code: Code) => {
    found = code.value.includes(placeholderOf(name));
    return found ? EXIT : undefined;
  });
  return found;
}

/**
 * Puts a `<ReaderVariableInput>` right above the first fence that uses a reader variable such as
 * `{YOUR-USER-NAME}` (above its tab group or admonition, if it sits in one), so the reader types the
 * value once, where they first need it.
 */
export default function readerVariableInputs() {
  return (tree: Root) => {
    for (const name of READER_VARIABLE_NAMES) {
      const first = tree.children.findIndex((node) => usesVariable(node, name));
      if (first >= 0) tree.children.splice(first, 0, inputFor(name));
    }
  };
}
