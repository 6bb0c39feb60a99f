import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import pageRules from './page-rules';
import readerVariableInputs from './reader-variable-inputs';
import shellTabs from './shell-tabs';
import sourceLines from './source-lines';

type Plugin = () => (tree: Root, file: { path?: string; value?: string }) => void;

function transform(markdown: string, plugin: Plugin): Root {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  plugin()(tree, { path: 'docs/page.md', value: markdown });
  return tree;
}

/** The tree as `type` / `name(attr=value)` / `code:meta` lines, indented by depth. */
function outline(node: unknown, depth = 0): string[] {
  const n = node as {
    type: string;
    name?: string;
    meta?: string;
    attributes?: { name: string; value: string }[];
    children?: unknown[];
  };
  const attrs = n.attributes?.map((a) => `${a.name}=${a.value}`).join(' ');
  const label = n.name ? `${n.name}(${attrs ?? ''})` : n.type === 'code' ? `code:${n.meta ?? ''}` : n.type;
  return [
    `${'  '.repeat(depth)}${label}`,
    ...(n.name || n.type === 'root' ? (n.children ?? []).flatMap((c) => outline(c, depth + 1)) : []),
  ];
}

const fence = (meta: string, body = 'echo hi'): string => `\`\`\`bash ${meta}\n${body}\n\`\`\`\n`;

describe('shell tabs remark plugin', () => {
  it('should group consecutive tab= fences into one ShellTabs, in page order', () => {
    const tree = transform(
      [
        'Intro',
        fence('id=a tab=linux-macos'),
        fence('norun=windows tab=powershell'),
        fence('norun=windows tab=cmd'),
        'After',
        fence('id=b'),
      ].join('\n'),
      shellTabs,
    );
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
});

describe('page rules remark plugin', () => {
  it.each([
    [[fence('tab=fish'), fence('tab=cmd')], /docs\/page.md:1: tab=fish is not one of linux-macos, powershell, cmd/],
    [[fence('tab=cmd'), fence('tab=cmd')], /docs\/page.md:5: tab=cmd appears twice/],
    [
      [fence('tab=cmd'), 'text', fence('tab=powershell')],
      /docs\/page.md:1: a tab= fence needs at least one other tab= fence/,
    ],
    [[fence("title='a b' colour=red")], /docs\/page.md:1: unknown fence meta key "colour"/],
    [[fence('norun=somewhere')], /norun=somewhere is not one of docker-hub, /],
    [['```dockerfile\nFROM scratch\n```\n'], /dockerfile block without file=/],
  ])('should fail the build with the file:line the doc runner reports (%#)', (parts, message) => {
    expect(() => transform(parts.join('\n'), pageRules)).toThrow(message);
  });

  it('should read single-quoted values as the doc runner does', () => {
    expect(() => transform(fence("title='two words' id=a"), pageRules)).not.toThrow();
  });

  it('should list every problem of the page, one file:line per line', () => {
    const page = [fence('colour=red'), fence('timeout=soon')].join('\n');
    expect(() => transform(page, pageRules)).toThrow(
      /^docs\/page.md:1: unknown .*\ndocs\/page.md:5: timeout=soon must be a whole number of seconds$/s,
    );
  });
});

describe('reader variable inputs remark plugin', () => {
  it('should put one input above the first block that uses the placeholder, outside its container', () => {
    const inList = '- Push it:\n\n  ```bash\n  docker push {YOUR-USER-NAME}/app\n  ```\n';
    const tree = transform(
      ['Intro', fence(''), inList, fence('', 'docker tag app {YOUR-USER-NAME}/app')].join('\n'),
      readerVariableInputs,
    );
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
