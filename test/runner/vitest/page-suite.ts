import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Block, Page } from '../gather/types';
import type { BlockOutcome } from '../run/outcome';
import { PageRun, type PageRunOptions, pageRunDefaults } from '../run/page-run';

/** Extra test time beyond the block's own timeout, for its scenario hook. */
const HOOK_MARGIN_MS = 60_000;

const title = (block: Block): string => {
  const first = block.text.split('\n')[0] ?? '';
  const cut = first.length > 60 ? `${first.slice(0, 57)}…` : first;
  return `L${block.line} ${cut}${block.id ? ` [id=${block.id}]` : ''}${block.output ? ' + output' : ''}`;
};

/**
 * One vitest suite per page, one test per shell block in page order. After the first failure the later blocks
 * are reported as skipped (they depend on it), never as passed. A block whose command passed but whose shown
 * output differs fails its test, and the page goes on.
 */
export function describePage(
  page: Page,
  record: (outcomes: readonly BlockOutcome[]) => void,
  overrides: Partial<PageRunOptions> = {},
): void {
  const options = { ...pageRunDefaults, ...overrides };
  const blocks = page.blocks.filter((b) => b.runnable);
  // A page with nothing to run (a cheat sheet of tables) has no tests, and vitest rejects an empty suite.
  if (blocks.length === 0 && page.problems.length === 0) return;
  describe(page.file, () => {
    let run: PageRun;

    beforeAll(async () => {
      run = await PageRun.open(page, options);
    });

    afterAll(async () => {
      const errors = await run.close();
      record(run.outcomes());
      if (errors.length > 0) throw errors[0];
    });

    if (blocks.length === 0) {
      test('follows CONTRIBUTING.md', () => {
        throw new Error(page.problems.map((p) => p.message).join('\n'));
      });
    }

    for (const block of blocks) {
      const timeout = (block.timeoutSeconds ?? options.defaultTimeoutSeconds) * 1000 + HOOK_MARGIN_MS;
      test(
        title(block),
        async (ctx) => {
          const outcome = await run.runBlock(block);
          if (outcome.error) throw outcome.error;
          if (outcome.status !== 'ran') ctx.skip(outcome.reason);
        },
        timeout,
      );
    }
  });
}
