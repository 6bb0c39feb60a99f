import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PageError } from '../../../src/contract/page-error';
import { FIXTURES, rel, runFixture } from '../fixtures';

describe('a page runs like a reader pasting its blocks into one terminal', async () => {
  // A copy of the fixture examples with a node_modules folder, which the workspace must leave out.
  const examplesDir = mkdtempSync(path.join(os.tmpdir(), 'docs-runner-examples-'));
  cpSync(path.join(FIXTURES, 'shell/examples'), examplesDir, { recursive: true });
  mkdirSync(path.join(examplesDir, 'demo/node_modules/dep'), { recursive: true });
  writeFileSync(path.join(examplesDir, 'demo/node_modules/dep/index.js'), '');
  afterAll(() => rmSync(examplesDir, { recursive: true, force: true }));

  const report = await runFixture('shell', 'docs/page.md', { examplesDir });

  test('every block ran', () => {
    expect(report.errors).toEqual([]);
    expect(report.outcomes.map((o) => [o.block.line, o.status, o.error?.message])).toEqual(
      [5, 12, 18, 23, 36].map((line) => [line, 'ran', undefined]),
    );
  });

  // `ls` prints columns in a terminal, as the reader sees them.
  test('starts in a copy of the first example folder, next to the others, without node_modules', () => {
    expect(report.outcomes[0]!.text).toMatch(/^\/.*\/work\/demo\ndemo {2}other\nhello from demo\n$/);
  });

  test('carries cwd and exported variables to the next block, not unexported ones', () => {
    expect(report.outcomes[2]!.text).toBe('hello world from other\nlocal: unset\n');
  });

  test('runs `\\` continuations and heredocs as written', () => {
    expect(report.outcomes[3]!.text).toBe(
      'one two three\nheredoc keeps hello world\n  and indentation\n$GREETING stays literal\n',
    );
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the title names bash's ${VAR} syntax.
  test('replaces placeholders from the table and leaves ${VAR} alone', () => {
    expect(report.outcomes[4]!.text).toBe('user=docker101-reader home-set=yes\n');
  });

  test('an unknown placeholder fails the block, naming file and line', async () => {
    const unknown = await runFixture('shell', 'docs/unknown-placeholder.md');
    const outcome = unknown.outcomes[0]!;
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBeInstanceOf(PageError);
    expect(outcome.error?.message).toBe(
      `${rel('shell', 'docs/unknown-placeholder.md')}:1: unknown placeholder {NOT-IN-TABLE}; add it to test/runner/gather/placeholders.ts`,
    );
  });
});
