import { readdirSync } from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { PageError } from '../../../src/contract/page-error';
import { processRunning, rel, runFixture } from '../fixtures';
import type { BlockFailedError } from './errors';

const workspaces = (): string[] => readdirSync(os.tmpdir()).filter((n) => n.startsWith('docker101-docs-'));
const run = (page: string) => runFixture('bad-input', `docs/${page}`);
const where = (page: string, line: number): string => `${rel('bad-input', `docs/${page}`)}:${line}`;

describe('bad input to the doc runner: a clear error naming file:line, and nothing left behind', () => {
  let before: string[] = [];
  afterEach(() => {
    expect(workspaces().filter((w) => !before.includes(w))).toEqual([]);
  });
  const start = (): void => {
    before = workspaces();
  };

  test('a fence with a malformed meta keeps the page from starting', async () => {
    start();
    const { outcomes } = await run('malformed-meta.md');
    expect(outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(outcomes[0]!.error).toBeInstanceOf(PageError);
    expect(outcomes[0]!.error!.message).toContain(
      `${where('malformed-meta.md', 3)}: cannot read fence meta near "id=\\"unterminated"`,
    );
  });

  test('an unclosed fence is named by the line that opens it', async () => {
    start();
    const { outcomes } = await run('unclosed-fence.md');
    expect(outcomes[0]!.error!.message).toContain(
      `${where('unclosed-fence.md', 7)}: the fence opened here is never closed (add a line with \`\`\`)`,
    );
    expect(outcomes.every((o) => o.status !== 'ran')).toBe(true);
  });

  test('a block that never ends is stopped at its timeout, with everything it started', async () => {
    start();
    const { outcomes } = await run('never-ends.md');
    const error = outcomes[0]!.error as BlockFailedError;
    expect(error.kind).toBe('timeout');
    expect(error.message.split('\n')[0]).toBe(
      `${where('never-ends.md', 1)}: block timed out (after 1 s; raise it with timeout=<seconds> if the step is slow)`,
    );
    expect(error.text).toBe('started\n');
    expect(processRunning('while true; do sleep 0.2')).toBe(false);
  });

  test('a block printing 50 MB keeps what a terminal keeps, and the page goes on', async () => {
    start();
    const { outcomes } = await run('huge-output.md');
    expect(outcomes[0]!.status).toBe('ran');
    const lines = outcomes[0]!.text!.split('\n');
    expect(lines.at(-2)).toBe('done');
    expect(lines.length).toBeLessThanOrEqual(10_041);
    expect(lines.at(-3)).toBe('x'.repeat(100));
  }, 120_000);

  test('a block printing binary bytes is read as a terminal shows them', async () => {
    start();
    const { outcomes } = await run('binary-output.md');
    expect(outcomes[0]!.status).toBe('ran');
    expect(outcomes[0]!.text).toMatch(/before .* binary .* after/);
    expect(outcomes[0]!.text!.trimEnd().endsWith('end')).toBe(true);
  });

  test('a daemon a block starts in a session of its own is stopped when the page ends', async () => {
    start();
    const { outcomes } = await run('daemon.md');
    expect(outcomes.map((o) => o.status)).toEqual(['ran', 'ran']);
    expect(processRunning('^sleep 4247$')).toBe(false);
  });

  test('a block after one that deleted its own working folder fails, saying so', async () => {
    start();
    const { outcomes } = await run('removes-own-folder.md');
    expect(outcomes.map((o) => o.status)).toEqual(['ran', 'ran', 'failed']);
    expect(outcomes[2]!.error!.message).toMatch(
      new RegExp(
        `^${where('removes-own-folder.md', 9).replace(/[.]/g, '\\.')}: cannot start in .*/gone: the folder no longer exists \\(a block before removed it\\)`,
      ),
    );
  });

  test('a page with no runnable block runs nothing and reports nothing wrong', async () => {
    start();
    expect(await run('no-runnable.md')).toEqual({ outcomes: [], errors: [] });
  });
});
