import { describe, expect, test } from 'vitest';
import { PageError } from '../../../src/contract/page-error';
import { rel, runFixture } from '../fixtures';
import { ScenarioError } from './errors';

describe('scenario hooks', () => {
  test('run after the block with their id, in its folder and environment', async () => {
    const report = await runFixture('scenario', 'docs/page.md');
    expect(report.outcomes.map((o) => [o.status, o.error?.message])).toEqual([
      ['ran', undefined],
      ['ran', undefined],
    ]);
  });

  test('a failing hook fails its block with file:line and stops the page', async () => {
    const { outcomes } = await runFixture('scenario', 'docs/failing-hook.md');
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'skipped']);
    expect(outcomes[0]!.error).toBeInstanceOf(ScenarioError);
    expect(outcomes[0]!.error!.message).toBe(
      `${rel('scenario', 'docs/failing-hook.md')}:1: scenario check for id=check-me failed: the reader would not see "not printed"`,
    );
  });

  test('a hook whose id matches no block keeps the page from starting', async () => {
    const report = await runFixture('scenario', 'docs/orphan-hook.md');
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed']);
    expect(report.outcomes[0]!.error).toBeInstanceOf(PageError);
    expect(report.outcomes[0]!.error!.message).toMatch(
      /orphan-hook\.ts has a hook for id=absent, but no block that runs on this page has/,
    );
  });
});
