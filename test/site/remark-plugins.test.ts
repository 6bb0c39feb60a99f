import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import readerVariableInputs from '../../src/remark/reader-variable-inputs';
import shellTabs from '../../src/remark/shell-tabs';
import sourceLines from '../../src/remark/source-lines';

type Plugin = () => (tree: Root, file: { path?: string }) => void;

function transform(markdown: string, plugin: Plugin): Root {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  plugin()(tree, { path: 'docs/page.md' });
  return tree;
}

/** The tree as `type` / `name(attr=value)` / `code:meta` lines, indented by depth. */
function outline(node: unknown, depth = 0): string[] {
  const n = node as { type: string; name?: string; meta?: string; attributes?: { name: string; value: string }[]; children?: unknown[] };
  const attrs = n.attributes?.map((a) => `${a.name}=${a.value}`).join(' ');
  const label = n.name ? `${n.name}(${attrs ?? ''})` : n.type === 'code' ? `code:${n.meta ?? ''}` : n.type;
  return [`${'  '.repeat(depth)}${label}`, ...(n.name || n.type === 'root' ? (n.children ?? []).flatMap((c) => outline(c, depth + 1)) : [])];
}

const fence = (meta: string, body = 'echo hi'): string => `\`\`\`bash ${meta}\n${body}\n\`\`\`\n`;

describe('shell tabs remark plugin', () => {
  it('should group consecutive tab= fences into one ShellTabs, in page order', () => {
    const tree = transform(['Intro', fence('id=a tab=linux-macos'), fence('norun=windows tab=powershell'), fence('norun=windows tab=cmd'), 'After', fence('id=b')].join('\n'), shellTabs);
    expect(outline(tree)).toEqual([
      'root',
      '  paragraph',
      '  ShellTabs()',
      '    ShellTab(value=linux-macos)',
      '      code:id=a tab=linux-macos',
      '    ShellTab(value=powershell)',
      '      code:norun=windows tab=powershell',
      '    ShellTab(value=cmd)',
      '      code:norun=windows tab=cmd',
      '  paragraph',
      '  code:id=b',
    ]);
  });

  it.each([
    [[fence('tab=fish'), fence('tab=cmd')], /docs\/page.md:1: tab=fish is not one of linux-macos, powershell, cmd/],
    [[fence('tab=cmd'), fence('tab=cmd')], /tab=cmd appears twice/],
    [[fence('tab=cmd'), 'text', fence('tab=powershell')], /needs at least one other tab= fence/],
  ])('should fail the build with file:line for a broken group (%#)', (parts, message) => {
    expect(() => transform(parts.join('\n'), shellTabs)).toThrow(message);
  });
});

describe('reader variable inputs remark plugin', () => {
  it('should put one input above the first block that uses the placeholder, outside its container', () => {
    const inList = '- Push it:\n\n  ```bash\n  docker push {YOUR-USER-NAME}/app\n  ```\n';
    const tree = transform(['Intro', fence(''), inList, fence('', 'docker tag app {YOUR-USER-NAME}/app')].join('\n'), readerVariableInputs);
    const names = tree.children.map((c) => (c as { name?: string }).name ?? c.type);
    expect(names).toEqual(['paragraph', 'code', 'ReaderVariableInput', 'list', 'code']);
  });

  it('should add nothing to a page without the placeholder', () => {
    const tree = transform(fence('', 'docker ps'), readerVariableInputs);
    expect(tree.children.map((c) => c.type)).toEqual(['code']);
  });
});

describe('source lines remark plugin', () => {
  it("should record each fence's line in the page file in its meta", () => {
    const tree = transform(['# Title', '', fence('id=a'), fence('')].join('\n'), sourceLines);
    expect(tree.children.filter((c) => c.type === 'code').map((c) => (c as { meta?: string }).meta)).toEqual([
      'id=a sourceLine=3',
      'sourceLine=7',
    ]);
  });
});
