import { describe, expect, test } from 'vitest';
import { processRunning, rel, runFixture } from '../fixtures';
import type { BlockFailedError } from './errors';

describe('background blocks and timeouts', () => {
  test('a background block keeps running while the page goes on, and is stopped when the page ends', async () => {
    const { outcomes } = await runFixture('background', 'docs/page.md');
    expect(outcomes.map((o) => [o.status, o.error?.message])).toEqual([
      ['ran', undefined],
      ['ran', undefined],
    ]);
    expect(outcomes[1]!.text).toBe('background still running\n');
    expect(processRunning('^sleep 4243$')).toBe(false);
  });

  test('a background block that dies on its own fails with its own file:line and output', async () => {
    const { outcomes } = await runFixture('background', 'docs/dies.md');
    const error = outcomes[0]!.error as BlockFailedError;
    expect(outcomes[0]!.status).toBe('failed');
    expect(error.kind).toBe('background-exited');
    const file = rel('background', 'docs/dies.md');
    expect(error.message.split('\n')[0]).toBe(`${file}:1: background block stopped on its own with exit code 7`);
    expect(error.text).toBe('cannot start\n');
  });

  test('a block over its timeout is stopped with everything it started, and says how to raise it', async () => {
    const started = Date.now();
    const { outcomes } = await runFixture('background', 'docs/timeout.md');
    const error = outcomes[0]!.error as BlockFailedError;
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('block timed out (after 1 s; raise it with timeout=<seconds> if the step is slow)');
    expect(error.text).toBe('waiting\n');
    // The block would sleep 4244 s: ending within a minute proves it was stopped, even on a busy machine.
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(processRunning('^sleep 4244$')).toBe(false);
  });
});
