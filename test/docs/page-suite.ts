import { afterAll, beforeAll, describe, test } from 'vitest';
import type { BlockOutcome } from './outcome';
import { PageRun, pageRunDefaults, type PageRunOptions } from './page-run';
import type { Block, Page } from './types';

/** Extra test time beyond the block's own timeout, for its scenario hook. */
const HOOK_MARGIN_MS = 60_000;

const title = (block: Block): string => {
  const first = block.text.split('\n')[0] ?? '';
  const cut = first.length > 60 ? `${first.slice(0, 57)}…` : first;
  return `L${block.line} ${cut}${block.id ? ` [id=${block.id}]` : ''}`;
};

/**
 * One vitest suite per page, one test per shell block in page order. After the first failure the later
 * blocks are reported as skipped (they depend on it), never as passed.
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
    let run: PageRun | undefined;
    let startError: Error | undefined;
    const outcomes = new Map<Block, BlockOutcome>();

    beforeAll(async () => {
      if (blocks.length === 0 && page.problems.length === 0) return;
      try {
        run = await PageRun.start(page, options);
      } catch (error) {
        startError = error as Error;
      }
    });

    afterAll(async () => {
      const errors = (await run?.close()) ?? [];
      record(blocks.map((b) => run?.outcomes.get(b) ?? outcomes.get(b) ?? { block: b, status: 'skipped', reason: 'not run' }));
      if (errors.length > 0) throw errors[0];
    });

    if (blocks.length === 0 && page.problems.length > 0) {
      test('follows CONTRIBUTING.md', () => {
        if (startError) throw startError;
      });
    }

    blocks.forEach((block, index) => {
      const timeout = (block.timeoutSeconds ?? options.defaultTimeoutSeconds) * 1000 + HOOK_MARGIN_MS;
      test(title(block), async (ctx) => {
        if (startError) {
          const reason = `page did not start: ${startError.message.split('\n')[0]}`;
          outcomes.set(block, { block, status: index === 0 ? 'failed' : 'skipped', reason });
          if (index === 0) throw startError;
          ctx.skip(reason);
        }
        const outcome = await run!.runBlock(block);
        if (outcome.error) throw outcome.error;
        if (outcome.status !== 'ran') ctx.skip(outcome.reason);
      }, timeout);
    });
  });
}
