import type { BlockOutcome } from './outcome';
import { PageRun, type PageRunOptions } from './page-run';
import type { Page } from './types';

export interface PageReport {
  readonly outcomes: readonly BlockOutcome[];
  /** Errors outside any block: the page could not start, or cleanup failed. */
  readonly errors: readonly Error[];
}

/**
 * Runs every runnable block of a page in order outside vitest (CLI, benchmark, the runner's own tests);
 * stops at the first failure and always cleans up.
 */
export async function runPage(
  page: Page,
  options: Partial<PageRunOptions> = {},
  onBlock: (outcome: BlockOutcome) => void = () => {},
): Promise<PageReport> {
  const blocks = page.blocks.filter((b) => b.runnable);
  let run: PageRun;
  let errors: Error[] = [];
  try {
    run = await PageRun.start(page, options);
  } catch (error) {
    const reason = `page did not start: ${(error as Error).message.split('\n')[0]}`;
    return { outcomes: blocks.map((block) => ({ block, status: 'failed', reason })), errors: [error as Error] };
  }
  try {
    for (const block of blocks) onBlock(await run.runBlock(block));
  } finally {
    errors = await run.close();
  }
  // close() may turn a background block that ran into a failure: report final outcomes.
  return { outcomes: blocks.map((block) => run.outcomes.get(block)!), errors };
}
