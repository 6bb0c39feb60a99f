import type { Block } from './types';

/** ran: executed and did what the page says; excused: norun; failed; skipped: not reached (an earlier block failed). */
export type BlockStatus = 'ran' | 'excused' | 'failed' | 'skipped';

export interface BlockOutcome {
  readonly block: Block;
  readonly status: BlockStatus;
  readonly reason?: string;
  readonly error?: Error;
  /** What the block printed (for a background block: what it had printed when the next block started). */
  readonly output?: { readonly stdout: string; readonly stderr: string };
}
