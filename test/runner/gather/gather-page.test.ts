import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../src/contract/paths';
import { norunReasons } from '../../../src/data/norun-reasons';
import { FIXTURES, fixturePage, rel } from '../fixtures';
import { gatherPages } from './pages';

describe('gathering blocks', () => {
  const page = fixturePage('gather', 'docs/page.md');

  test('records each fence with its language, meta, text and the line of its opening fence', () => {
    expect(page.problems).toEqual([]);
    expect(page.blocks.map((b) => [b.line, b.lang, b.runnable, b.text])).toEqual([
      [10, 'bash', true, 'echo one'],
      [14, 'text', false, 'expected output, not run'],
      [18, 'sh', true, 'sleep 1'],
      [22, 'console', true, 'ls /missing'],
      [28, 'shell', true, 'docker push {YOUR-USER-NAME}/app'],
    ]);
    expect(page.blocks[0]).toMatchObject({
      file: rel('gather', 'docs/page.md'),
      id: 'first',
      rawMeta: 'id=first title="two words" {1,3-4}',
    });
    expect(page.blocks[0]!.meta.highlights).toEqual(['{1,3-4}']);
    expect(page.blocks[2]).toMatchObject({ background: true, timeoutSeconds: 30 });
    expect(page.blocks[3]).toMatchObject({ fails: 'No such file', background: false });
    expect(page.blocks[4]).toMatchObject({ norun: 'docker-hub' });
  });

  test('reads the front matter: sidebar position and example folders', () => {
    expect(page).toMatchObject({ slug: 'page', sidebarPosition: 3, examples: ['demo'] });
  });

  test('finds fences inside MDX components and takes a list of examples', () => {
    const mdx = fixturePage('gather', 'docs/tabs.mdx');
    expect(mdx.problems).toEqual([]);
    expect(mdx.examples).toEqual(['demo', 'other']);
    expect(mdx.blocks.map((b) => [b.line, b.text])).toEqual([[12, 'uname -s']]);
  });

  test('orders pages by sidebar_position, then path, and skips _partials', () => {
    const pages = gatherPages('ko', { repoRoot: REPO_ROOT, localeRoot: path.join(FIXTURES, 'gather/docs') });
    expect(pages.map((p) => p.slug)).toEqual(['tabs', 'order/second', 'page', 'order/last']);
  });

  test('reports every broken rule with file:line instead of stopping at the first', () => {
    const file = rel('gather', 'broken/page.md');
    expect(fixturePage('gather', 'broken/page.md').problems.map((p) => p.message)).toEqual([
      `${file}:3: unknown fence meta key "colour" (known: id, fails, background, timeout, norun, file, tab, unordered, title, showLineNumbers)`,
      `${file}:7: norun=no-such-reason is not one of ${Object.keys(norunReasons).join(', ')} (src/data/norun-reasons.ts)`,
      `${file}:11: console block with a "$ " prompt: write the bare command (readers copy it) and put output in a text block`,
      `${file}:16: fenced block without a language (use bash for commands, text for output)`,
      `${file}:20: "fails" does not apply to a shown output`,
      `${file}:28: timeout=soon must be a whole number of seconds`,
      `${file}:28: id=dup is used twice on this page (first at line 24)`,
    ]);
  });
});
