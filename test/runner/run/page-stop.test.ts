import { describe, expect, test } from 'vitest';
import { rel, runFixture } from '../fixtures';
import { BlockFailedError } from './errors';

describe('a failing block', async () => {
  const file = rel('stop', 'docs/page.md');
  const report = await runFixture('stop', 'docs/page.md');

  test('stops the page: later blocks are skipped, never passed; norun blocks stay excused', () => {
    expect(report.outcomes.map((o) => [o.block.line, o.status, o.reason])).toEqual([
      [3, 'ran', undefined],
      [7, 'failed', `${file}:7: block failed with exit code 3`],
      [13, 'skipped', `not run: the block at ${file}:7 failed`],
      [17, 'excused', 'norun=windows'],
    ]);
  });

  test('reports file:line, the command, the exit code and what the terminal showed, stdout and stderr as they came', () => {
    const error = report.outcomes[1]!.error as BlockFailedError;
    expect(error).toBeInstanceOf(BlockFailedError);
    expect(error).toMatchObject({ file, line: 7, exitCode: 3 });
    expect(error.message).toBe(
      [
        `${file}:7: block failed with exit code 3`,
        '--- command ---',
        'echo "to stdout before failing"\necho "to stderr before failing" >&2\nexit 3',
        '--- exit code: 3 ---',
        '--- terminal (stdout and stderr, tail) ---',
        'to stdout before failing',
        'to stderr before failing',
      ].join('\n'),
    );
  });
});
