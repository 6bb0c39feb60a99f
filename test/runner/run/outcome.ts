import type { OutputStatus } from '../../../src/contract/run-report';
import type { Block } from '../gather/types';

/** ran: executed and did what the page says; excused: norun; failed; skipped: not reached (an earlier block failed). */
export type BlockStatus = 'ran' | 'excused' | 'failed' | 'skipped';

/** How the block's shown output compared with what it printed; `updated` only in update mode. */
export interface OutputOutcome {
  readonly status: OutputStatus | 'updated';
  readonly reason?: string;
  /** The shown output rewritten from this run (update mode). */
  readonly updated?: string;
}

export interface BlockOutcome {
  readonly block: Block;
  readonly status: BlockStatus;
  readonly reason?: string;
  readonly error?: Error;
  /** What the reader's terminal showed for the block (a background block: what it had shown by the page's end). */
  readonly text?: string;
  /** Present when the page shows an output under the block. */
  readonly output?: OutputOutcome;
}
