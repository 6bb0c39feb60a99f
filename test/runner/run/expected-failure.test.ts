import { describe, expect, test } from 'vitest';
import { rel, runFixture } from '../fixtures';
import { BlockFailedError } from './errors';

describe('fails="<text>" blocks', () => {
  test('pass when the block exits non-zero and prints the text, and the page goes on', async () => {
    const report = await runFixture('fails', 'docs/expected.md');
    expect(report.outcomes.map((o) => [o.status, o.error?.message])).toEqual([
      ['ran', undefined],
      ['ran', undefined],
    ]);
    // set -e stops the block at the failing command, as the page promises.
    expect(report.outcomes[0]!.text).toBe(
      "before\nls: cannot access '/definitely/missing': No such file or directory\n",
    );
  });

  test('fail when the block succeeds', async () => {
    const [outcome] = (await runFixture('fails', 'docs/succeeds.md')).outcomes;
    expect(outcome!.error).toBeInstanceOf(BlockFailedError);
    expect((outcome!.error as BlockFailedError).kind).toBe('expected-failure-succeeded');
    expect(outcome!.error!.message).toMatch(
      new RegExp(
        `^${rel('fails', 'docs/succeeds.md')}:1: block was expected to fail \\(fails=…\\) but exited with code 0\n`,
      ),
    );
  });

  test('fail when the output lacks the text, showing the output it had', async () => {
    const [outcome] = (await runFixture('fails', 'docs/wrong-text.md')).outcomes;
    const error = outcome!.error as BlockFailedError;
    expect(error.kind).toBe('expected-text-missing');
    expect(error.message.split('\n')[0]).toBe(
      `${rel('fails', 'docs/wrong-text.md')}:1: block failed with exit code 2, but its output lacks "permission denied"`,
    );
    expect(error.message).toContain(
      "--- terminal (stdout and stderr, tail) ---\nls: cannot access '/definitely/missing': No such file or directory",
    );
  });
});
