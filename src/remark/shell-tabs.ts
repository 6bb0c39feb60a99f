import type { Code, Parent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { metaValue } from '../contract/fence-meta';

const jsx = (name: string, attributes: Record<string, string>, children: RootContent[]): RootContent =>
  ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  }) as unknown as RootContent;

const tabOf = (node: RootContent): string | undefined =>
  node.type === 'code' ? metaValue((node as Code).meta, 'tab') : undefined;

/**
 * Groups consecutive fences marked `tab=linux-macos`, `tab=powershell`, `tab=cmd` into one `<ShellTabs>`,
 * so a reader sees only the commands for their shell (src/remark/page-rules.ts has checked the groups). The
 * fences stay as written: the doc runner still reads (and runs or excuses) each of them in page order.
 */
export default function shellTabs() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      // Already grouped: its single fence still carries `tab=`.
      if ((node as { name?: string }).name === 'ShellTab') return SKIP;
      const parent = node as Parent;
      for (let start = 0; start < parent.children.length; start++) {
        if (tabOf(parent.children[start]) === undefined) continue;
        let end = start;
        while (end < parent.children.length && tabOf(parent.children[end]) !== undefined) end++;
        const fences = parent.children.slice(start, end) as Code[];
        const tabs = fences.map((fence) => jsx('ShellTab', { value: tabOf(fence)! }, [fence]));
        parent.children.splice(start, fences.length, jsx('ShellTabs', {}, tabs));
      }
    });
  };
}
